package dev.dvp.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvp.model.Condition;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes between a VM's applied baseline and its present spec, classified exactly as DVP's controller does,
 * with everything DVP derives from them: {@code .status.restartAwaitingChanges}, the {@code NEED RESTART} column,
 * the {@code AwaitingRestartToApplyConfiguration} and {@code ConfigurationApplied} conditions, and whether
 * {@code restartApprovalMode: Automatic} restarts the VM.
 *
 * <p>The baseline ("applied") is the whole spec DVP last pushed to the internal KubeVirt VM (the
 * {@code vm.last-applied-spec} annotation). It moves only when DVP applies the spec: when the VM is stopped, when
 * no change needs a restart, or at a restart. So a change reverted before a restart disappears, and repeated edits
 * are reported against the baseline (cores 1→2→3 shows {@code currentValue: 1, desiredValue: 3}).
 *
 * <pre>{@code
 * SpecChanges changes = SpecChanges.between(applied.spec(), vm.spec(), ChangeContext.defaults());
 * changes.restartAwaitingChangesJson();   // Optional[[{"currentValue":1,"desiredValue":2,...}]]
 * changes.needsRestart();                 // NEED RESTART
 * changes.conditions();                   // AwaitingRestartToApplyConfiguration, ConfigurationApplied
 * }</pre>
 *
 * <p>The rules are DVP's {@code images/virtualization-artifact/pkg/controller/vmchange/} comparators and
 * {@code vm/internal/sync_kvvm.go}. Where the SDK differs from DVP it says so here:
 * <ul>
 *   <li>{@code networks: []} and {@code usbDevices: []} are read by the model as absent, so DVP's
 *       "{@code []} is set" distinction for these two fields cannot be seen: an empty list compares as absent.</li>
 *   <li>Values are rendered from the SDK's model, so fields the model does not know (its
 *       {@code additionalProperties}) appear in rendered objects, where DVP's Go types would drop them.</li>
 *   <li>A repeated block-device name within one kind that points past the end of the other list yields an
 *       {@code add} or {@code remove} where DVP's controller would fail.</li>
 *   <li>{@code liveMigrationPolicy} is never compared (as in DVP): it is read live and takes effect for the next
 *       migration.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SpecChanges {
  private static final Comparator<FieldChange> BY_PATH = Comparator.comparing(FieldChange::path);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<FieldChange> changes;
  private final ChangeContext context;
  private final List<String> warnings;
  private final RestartApprovalMode approvalMode;

  private SpecChanges(List<FieldChange> changes, ChangeContext context, List<String> warnings,
      RestartApprovalMode approvalMode) {
    this.changes = changes;
    this.context = context;
    this.warnings = warnings;
    this.approvalMode = approvalMode;
  }

  /**
   * Compares the applied baseline with the present spec.
   *
   * @param applied the spec DVP last applied (the baseline, "current" in DVP's code)
   * @param desired the VM's present spec ("desired")
   * @param context edition, feature gates and runtime facts
   * @return the classified changes
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public static SpecChanges between(VirtualMachineSpec applied, VirtualMachineSpec desired, ChangeContext context) {
    if (applied == null) {
      throw new IllegalArgumentException("applied spec is null; pass the last-applied spec, or use "
          + "SpecChanges.againstMissingBaseline(desired, context) when DVP has none");
    }
    return compute(applied, desired, context);
  }

  /**
   * Compares with the seed's defaults ({@link ChangeContext#defaults()}: CE, no hot-plug gates, running VM).
   *
   * @param applied the spec DVP last applied
   * @param desired the VM's present spec
   * @return the classified changes
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public static SpecChanges between(VirtualMachineSpec applied, VirtualMachineSpec desired) {
    return between(applied, desired, ChangeContext.defaults());
  }

  /**
   * What DVP shows when the baseline annotation is missing or corrupt (Warning event
   * {@code LastAppliedSpecIsInvalid}): the spec is compared against an empty spec, so every set field is an
   * {@code add} (defaults free, the whole block-device list one immediate add, other fields their normal action).
   *
   * @param desired the VM's present spec
   * @param context edition, feature gates and runtime facts
   * @return the classified changes, with a warning saying the baseline was missing
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public static SpecChanges againstMissingBaseline(VirtualMachineSpec desired, ChangeContext context) {
    return compute(null, desired, context);
  }

  private static SpecChanges compute(VirtualMachineSpec applied, VirtualMachineSpec desired, ChangeContext context) {
    if (desired == null || context == null) {
      throw new IllegalArgumentException("desired spec and context are required; got desired="
          + (desired == null ? "null" : "a spec") + ", context=" + (context == null ? "null" : "a context")
          + " (Maybe pass ChangeContext.defaults())");
    }
    SpecComparator comparator = new SpecComparator(applied, desired, context).compare();
    List<ChangeDraft> drafts = comparator.changes();
    String desiredFraction = desired.cpu().coreFraction().filter(f -> !f.equals("Auto"))
        .orElseGet(() -> desired.cpu().coreFraction().isPresent() ? context.autoCoreFraction().orElse("") : "");
    ControllerUpgrades.apply(drafts, desired, desiredFraction, context);
    List<FieldChange> frozen;
    if (drafts.isEmpty()) {
      frozen = List.of();
    } else {
      FieldChange[] array = new FieldChange[drafts.size()];
      for (int i = 0; i < array.length; i++) {
        array[i] = drafts.get(i).freeze();
      }
      // Stable, byte-wise by path: DVP's log call sorts the slice in place before it is published.
      java.util.Arrays.sort(array, BY_PATH);
      frozen = List.of(array);
    }
    List<String> warnings = comparator.warnings();
    if (applied == null) {
      warnings.add(0, "the last-applied spec is missing or invalid (DVP's Warning event LastAppliedSpecIsInvalid): "
          + "every set field is compared against an empty spec");
    }
    if (!context.crdDefaults()) {
      warnings.add("the specs were compared as given, without CRD defaults; DVP compares API-server-defaulted "
          + "specs, so an absent defaulted field may show an entry DVP would not show");
    }
    RestartApprovalMode mode = desired.restartApprovalModeOrDefault();
    return new SpecChanges(frozen, context, warnings.isEmpty() ? List.of() : List.copyOf(warnings), mode);
  }

  /**
   * Returns every detected change, sorted by path as DVP sorts them, with its final action (after the controller's
   * upgrades for boot-attached disks, non-migratable VMs and quotas). Includes changes with no action
   * ({@code restartApprovalMode}, unset ↔ default) and immediate ones, which DVP never lists.
   *
   * @return the changes; empty when the specs are equivalent
   */
  public List<FieldChange> changes() {
    return changes;
  }

  /**
   * Tells whether nothing changed.
   *
   * @return {@code true} when {@link #changes()} is empty
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the most disruptive action of the set (DVP's {@code ActionType}).
   *
   * @return {@link ChangeAction#NONE} for an empty set
   */
  public ChangeAction action() {
    ChangeAction max = ChangeAction.NONE;
    for (FieldChange change : changes) {
      max = max.max(change.action());
    }
    return max;
  }

  /**
   * Returns the changes that need a restart, whatever the VM's phase: the content of
   * {@code restartAwaitingChanges} for a running VM.
   *
   * @return the restart changes, sorted by path
   */
  public List<FieldChange> restartChanges() {
    List<FieldChange> out = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      if (change.action() == ChangeAction.RESTART) {
        out.add(change);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether DVP applies everything at once in this phase (no running instance, or pending). */
  private boolean appliedWhatever() {
    VirtualMachinePhase phase = context.phase();
    return phase.equals(VirtualMachinePhase.STOPPED) || phase.equals(VirtualMachinePhase.PENDING);
  }

  private List<FieldChange> published() {
    return appliedWhatever() ? List.of() : restartChanges();
  }

  /**
   * Returns {@code .status.restartAwaitingChanges} as DVP publishes it: the restart changes, sorted by path, each
   * as {@link FieldChange#toStatusEntry()}. Empty (DVP leaves the field absent) when nothing needs a restart or
   * when the VM is Stopped or Pending (DVP then applies the whole spec at once).
   *
   * @return the entries; empty when the field is absent
   */
  public List<Map<String, Object>> restartAwaitingChanges() {
    List<FieldChange> published = published();
    List<Map<String, Object>> out = new ArrayList<>(published.size());
    for (FieldChange change : published) {
      out.add(change.toStatusEntry());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns {@link #restartAwaitingChanges()} as compact JSON with sorted keys, the way
   * {@code kubectl get vm -o jsonpath="{.status.restartAwaitingChanges}"} prints it.
   *
   * @return the JSON array, or empty when DVP leaves the field absent
   */
  public Optional<String> restartAwaitingChangesJson() {
    List<Map<String, Object>> entries = restartAwaitingChanges();
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.writeValueAsString(entries));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write restartAwaitingChanges as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Tells whether the set needs a restart (DVP's {@code IsDisruptive}): some change's action is
   * {@link ChangeAction#RESTART}. Independent of the VM's phase.
   *
   * @return whether a restart change exists
   */
  public boolean isDisruptive() {
    return action() == ChangeAction.RESTART;
  }

  /**
   * The {@code NEED RESTART} column of {@code kubectl get vm -o wide}: whether
   * {@code AwaitingRestartToApplyConfiguration} is True (restart changes, a disruptive class change, or an
   * unexpected internal state, in a phase where the condition is kept).
   *
   * @return whether the VM waits for a restart
   */
  public boolean needsRestart() {
    for (Condition condition : conditions()) {
      if (condition.type().equals(RestartConditions.AWAITING_RESTART)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the changes that take effect without waiting for a restart. With no restart pending these are all the
   * changes DVP applies now (immediate and no-action ones; every change when the VM is Stopped or Pending). With a
   * restart pending DVP applies nothing, and only the fields its power-state handler reads live still take effect:
   * {@code runPolicy} and {@code disruptions.restartApprovalMode}.
   *
   * @return the changes in effect now, sorted by path
   */
  public List<FieldChange> immediateChanges() {
    boolean restartPending = !published().isEmpty();
    List<FieldChange> out = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      boolean inEffect = appliedWhatever()
          || (restartPending ? readLive(change) : change.action() != ChangeAction.RESTART);
      if (inEffect) {
        out.add(change);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the non-restart changes that a pending restart holds back: DVP applies nothing while a restart change
   * is pending and does not list these, so they reach the VM only at the restart ({@code syncKVVM} in
   * {@code sync_kvvm.go}).
   *
   * @return the held-back changes, sorted by path; empty when no restart is pending
   */
  public List<FieldChange> heldBackChanges() {
    if (published().isEmpty()) {
      return List.of();
    }
    List<FieldChange> out = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      if (change.action() != ChangeAction.RESTART && !readLive(change)) {
        out.add(change);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean readLive(FieldChange change) {
    return change.path().equals("runPolicy") || change.path().startsWith("disruptions");
  }

  /**
   * Returns the conditions DVP stores for this set: {@code AwaitingRestartToApplyConfiguration} (only ever True,
   * reason {@code ChangesPendingRestart} or {@code UnexpectedState}) and {@code ConfigurationApplied} (only ever
   * False, reason {@code ConfigurationNotApplied}), with {@code observedGeneration} from the context and no
   * transition time. Empty in the phases Pending, Starting and Stopped, and when nothing is pending. The
   * {@code ChangesPendingRestart} message is {@code "Waiting for the user to restart in order to apply the
   * configuration changes. "} followed by the restart messages joined with spaces, so it ends with a space when
   * there are none, as DVP's does.
   *
   * @return the conditions, AwaitingRestartToApplyConfiguration first
   */
  public List<Condition> conditions() {
    return RestartConditions.of(published(), !changes.isEmpty(), context);
  }

  /**
   * Tells whether DVP restarts the VM by itself: {@code restartApprovalMode: Automatic} in the present spec and
   * {@code AwaitingRestartToApplyConfiguration} True for the current generation, whatever its reason. DVP then emits
   * {@code ChangesApplied} "Apply disruptive changes with restart" and {@code Restarted} "Restart initiated by
   * controller to apply changes". The classification and the list are the same in both modes.
   *
   * @return whether the controller restarts the VM
   */
  public boolean automaticRestart() {
    return approvalMode.equals(RestartApprovalMode.AUTOMATIC) && needsRestart();
  }

  /**
   * Returns what the SDK noticed beyond DVP's output: a {@code bootOrder}-only change DVP does not detect, a
   * missing baseline, an unresolved {@code coreFraction: Auto}, a comparison without CRD defaults.
   *
   * @return the warnings, in the order found
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the context the changes were classified in.
   *
   * @return the context
   */
  public ChangeContext context() {
    return context;
  }

  /** Returns the paths and actions, for debugging. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SpecChanges[");
    for (int i = 0; i < changes.size(); i++) {
      FieldChange change = changes.get(i);
      out.append(i == 0 ? "" : ", ").append(change.operation().wireValue()).append(' ').append(change.path())
          .append(' ').append(change.action());
    }
    return out.append(']').toString();
  }
}
