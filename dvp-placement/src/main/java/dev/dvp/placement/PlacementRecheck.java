package dev.dvp.placement;

import dev.dvp.model.cluster.Edition;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.model.VirtualMachineStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Re-checks a running VM after its placement parameters (or its class's) changed: does it stay, will DVP migrate it
 * (EE), does the change wait for a restart (CE), or does it no longer fit while DVP does nothing: the change classification of
 * {@code images/virtualization-artifact/pkg/controller/vmchange/comparator_pod_placement.go} and the workload updater
 * of {@code images/virtualization-artifact/pkg/controller/workload-updater/internal/handler/nodeplacement.go}
 * ({@code NodePlacementHandler.Handle}).
 *
 * <pre>{@code
 * Recheck r = PlacementRecheck.of(PlacementOptions.defaults())
 *     .recheck(inventory, before, after, Optional.of(vmClass), Optional.of(vmClass), WorkloadState.idle(), clock);
 * r.verdict();   // WILL_MIGRATE
 * r.operation(); // Evict, generateName nodeplacement-update-
 * }</pre>
 *
 * <p>Follows the code where the documentation says "the VM is moved": only nodeSelector and affinity changes
 * migrate, once per distinct placement; toleration-only changes never do. Thread-safe.
 */
public final class PlacementRecheck {
  /** The workload updater waits this long after the last migration ended ({@code nodePlacementMigrationSettleDelay} in
   * {@code shouldSkipNodePlacementMigration}). */
  public static final Duration MIGRATION_COOLDOWN = Duration.ofMinutes(1);

  private final PlacementOptions options;

  private PlacementRecheck(PlacementOptions options) {
    this.options = options;
  }

  /**
   * Returns a re-check with these options (the edition decides whether feature gate
   * {@code AutoMigrationIfNodePlacementChanged} is on).
   *
   * @param options the options
   * @return the re-check
   */
  public static PlacementRecheck of(PlacementOptions options) {
    return new PlacementRecheck(Objects.requireNonNull(options, "options: expected PlacementOptions"));
  }

  /**
   * Re-checks a running VM.
   *
   * @param inventory the cluster; the VM's own launcher pod, if present, is left out of the evaluation
   * @param before the VM as it was started
   * @param after the VM with its new spec; {@code status.nodeName} (of either) names its node
   * @param classBefore the class as it was
   * @param classAfter the class now
   * @param workload the workload updater's view of the VM
   * @param clock the time source for the one-minute cooldown
   * @return the verdict with its rule
   */
  public Recheck recheck(Inventory inventory, VirtualMachine before, VirtualMachine after,
      Optional<VirtualMachineClass> classBefore, Optional<VirtualMachineClass> classAfter, WorkloadState workload,
      Clock clock) {
    String node = after.status().flatMap(VirtualMachineStatus::nodeName)
        .or(() -> before.status().flatMap(VirtualMachineStatus::nodeName))
        .orElseThrow(() -> new IllegalArgumentException("VirtualMachine " + after.name()
            + " status.nodeName: expected the node the VM runs on. Maybe the VM is stopped; a stopped VM gets its"
            + " new placement at the next start"));
    inventory.indexOf(node, "status.nodeName");
    String key = after.namespace().orElse("default") + "/" + after.name();
    Inventory without = inventory.withoutPod(key);
    Pod pod = LauncherPod.of(after).vmClass(classAfter).discoveryNodes(inventory.nodes()).options(options).render();
    Placement placement = Scheduler.of(options).schedule(without, pod, TieBreak.byName());
    Optional<NodeRejection> rejection = placement.rejection(node);
    String sum = placementSum(after, classAfter);
    String snapshot = inventory.snapshotId();

    VirtualMachineSpec a = before.spec();
    VirtualMachineSpec b = after.spec();
    boolean selectorOrAffinity = !a.nodeSelector().equals(b.nodeSelector()) || !a.affinity().equals(b.affinity())
        || !classSelector(classBefore).equals(classSelector(classAfter));
    boolean tolerations = !a.tolerations().equals(b.tolerations())
        || !classBefore.map(c -> c.spec().tolerations()).equals(classAfter.map(c -> c.spec().tolerations()));
    boolean restartOnly = !a.topologySpreadConstraints().equals(b.topologySpreadConstraints())
        || !a.priorityClassName().equals(b.priorityClassName());

    if (!selectorOrAffinity && !tolerations && !restartOnly) {
      return result(RecheckVerdict.STAYS, Recheck.NO_PLACEMENT_CHANGE, "no placement field changed", key, node,
          rejection, null, null, sum, snapshot);
    }
    if (restartOnly) {
      return result(RecheckVerdict.NEEDS_RESTART, Recheck.RESTART_ONLY_CHANGE, "topologySpreadConstraints and"
          + " priorityClassName changes always need a restart", key, node, rejection, null, null, sum, snapshot);
    }
    if (options.edition() == Edition.CE) {
      return result(RecheckVerdict.NEEDS_RESTART, Recheck.AUTO_MIGRATION_OFF, "feature gate"
          + " AutoMigrationIfNodePlacementChanged is off in CE, so placement changes wait for a restart", key, node,
          rejection, null, null, sum, snapshot);
    }
    if (rejection.isEmpty()) {
      return result(RecheckVerdict.STAYS, Recheck.CURRENT_NODE_FITS, "the current node meets the new requirements,"
          + " the VM remains on it", key, node, rejection, null, null, sum, snapshot);
    }
    if (!selectorOrAffinity) {
      return result(RecheckVerdict.NO_LONGER_FITS_NO_ACTION, Recheck.TOLERATIONS_ONLY, "toleration changes do not"
          + " change the placement sum, so they never trigger a migration", key, node, rejection, null, null, sum,
          snapshot);
    }
    if (!workload.liveMigratable()) {
      return result(RecheckVerdict.NO_LONGER_FITS_NO_ACTION, Recheck.NOT_MIGRATABLE, "the VM is not"
          + " live-migratable", key, node, rejection, null, null, sum, snapshot);
    }
    boolean cooling = workload.lastMigrationEnded()
        .map(t -> clock.instant().isBefore(t.plus(MIGRATION_COOLDOWN))).orElse(false);
    if (workload.volumeChangeInProgress() || workload.migrationRunning() || cooling) {
      return result(RecheckVerdict.WAITS, Recheck.MIGRATION_IN_PROGRESS, "a volume change or migration is in"
          + " progress, or the last migration ended less than a minute ago", key, node, rejection, null, placement,
          sum, snapshot);
    }
    if (workload.recordedPlacementSum().map(sum::equals).orElse(false)) {
      return result(RecheckVerdict.NO_LONGER_FITS_NO_ACTION, Recheck.PLACEMENT_ALREADY_TRIED, "this placement was"
          + " already tried once (workload-update-node-placement-sum matches)", key, node, rejection, null, null,
          sum, snapshot);
    }
    if (workload.foreignMigrationPending()) {
      return result(RecheckVerdict.WAITS, Recheck.OTHER_MIGRATION_PENDING, "another migration operation is pending",
          key, node, rejection, null, placement, sum, snapshot);
    }
    VirtualMachineOperation evict = EvictOperations.evict("nodeplacement-update-", after.name(),
        after.namespace().orElse("default"), true);
    return result(RecheckVerdict.WILL_MIGRATE, Recheck.EVICT_CREATED, "DVP creates an Evict operation; the target"
        + " pod is scheduled with the new constraints", key, node, rejection, evict, placement, sum, snapshot);
  }

  private static Optional<LabelSelector> classSelector(Optional<VirtualMachineClass> c) {
    return c.flatMap(x -> x.spec().nodeSelector());
  }

  private static Recheck result(RecheckVerdict verdict, String code, String reason, String key, String node,
      Optional<NodeRejection> rejection, VirtualMachineOperation op, Placement target, String sum, String snapshot) {
    return new Recheck(verdict, code, reason, key, node, rejection, Optional.ofNullable(op),
        Optional.ofNullable(target), sum, snapshot);
  }

  /** {@code genNodePlacementSum} in {@code nodeplacement.go}: MD5 over {"nodeSelector": ..., "affinity": ...} of the VMI (DVP's merged selector and affinity). */
  static String placementSum(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    Map<String, String> selector = new TreeMap<>(vm.spec().nodeSelector());
    vmClass.flatMap(c -> c.spec().nodeSelector()).ifPresent(s -> selector.putAll(s.matchLabels()));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("nodeSelector", selector);
    doc.put("affinity", vm.spec().affinity().map(Object::toString).orElse("") + "|"
        + vmClass.flatMap(c -> c.spec().nodeSelector()).map(s -> s.matchExpressions().toString()).orElse(""));
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(doc.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte x : digest) {
        hex.append(String.format("%02x", x));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }
}
