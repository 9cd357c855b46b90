package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.VirtualMachineOperationStatus;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * DVP's VirtualMachineOperation controller flow
 * ({@code images/virtualization-artifact/pkg/controller/vmop/service/service.go},
 * {@code images/virtualization-artifact/pkg/controller/vmop/*}{@code /internal/handler/lifecycle.go},
 * {@code images/virtualization-artifact/pkg/controller/vmop/supersede/supersede.go}) as a pure function: the
 * operation's state plus a {@link Trigger} gives its new status, the older operations it supersedes and the events DVP
 * records.
 *
 * <p>On {@link Trigger.Reconcile}: a deleted operation becomes {@code Terminating}; a finished one is left alone; a new
 * one becomes {@code Pending} with {@code Completed=Unknown} (Migrate and Evict also get {@code SignalSent=Unknown}, as
 * DVP does); then, while {@code Pending}: VM missing → {@code Failed/VirtualMachineNotFound}; older active operations
 * of the VM → all superseded or this one {@code Failed/NotReadyToBeExecuted}; then applicability, runPolicy first
 * ({@link Operations#applicability}). The power-state execution (Start, Stop, Restart) continues with
 * {@link Trigger.SignalSent}, {@link Trigger.SignalFailed} and {@link Trigger.TargetReached}; the migration and
 * snapshot execution is not modelled here (see {@code dvp-migration-sim}).
 *
 * <p>Harm guard (DVP overwrites a failed signal with InProgress, so the operation never ends): by default a failed
 * signal yields {@code Failed}, {@code Completed=False/OperationFailed}, {@code SignalSent=False/SignalSentError} with
 * {@link Step#dvpShowsInProgress()} set; {@link #dvpProjection(Clock)} reproduces what DVP shows (InProgress,
 * {@code SignalSent=True/SignalSentSuccess}). Either way the Warning event {@code VirtualMachineOperationFailed} is
 * recorded.
 *
 * <pre>{@code
 * OperationFlow flow = OperationFlow.standard(clock);
 * OperationFlow.Step step = flow.next(new OperationFlow.Situation(op, Optional.of(
 *     new OperationFlow.VirtualMachineFacts(RunPolicy.MANUAL, VirtualMachinePhase.STOPPED)), others),
 *     new OperationFlow.Trigger.Reconcile());
 * step.status().phase();   // Pending
 * }</pre>
 *
 * <p>Condition transition times come from the injected {@link Clock} (second precision, RFC 3339). Immutable and
 * thread-safe.
 */
public final class OperationFlow {
  /** The {@code Completed} condition type. */
  public static final String COMPLETED = "Completed";
  /** The {@code SignalSent} condition type. */
  public static final String SIGNAL_SENT = "SignalSent";

  private static final List<VirtualMachineOperationType> POWER_STATE = List.of(VirtualMachineOperationType.START,
      VirtualMachineOperationType.STOP, VirtualMachineOperationType.RESTART);

  private final Clock clock;
  private final boolean dvpProjection;

  private OperationFlow(Clock clock, boolean dvpProjection) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null; maybe Clock.systemUTC()");
    }
    this.clock = clock;
    this.dvpProjection = dvpProjection;
  }

  /**
   * Returns the flow with the harm guard: a failed signal fails the operation instead of showing InProgress for ever.
   *
   * @param clock the source of condition transition times
   * @return the flow
   */
  public static OperationFlow standard(Clock clock) {
    return new OperationFlow(clock, false);
  }

  /**
   * Returns the flow as DVP projects it (a failed signal still shows InProgress).
   *
   * @param clock the source of condition transition times
   * @return the flow
   */
  public static OperationFlow dvpProjection(Clock clock) {
    return new OperationFlow(clock, true);
  }

  /**
   * The VM as the operation sees it.
   *
   * @param runPolicy its runPolicy (with the default applied)
   * @param phase its phase
   */
  public record VirtualMachineFacts(RunPolicy runPolicy, VirtualMachinePhase phase) {
    /** Checks for nulls. */
    public VirtualMachineFacts {
      Objects.requireNonNull(runPolicy, "runPolicy");
      Objects.requireNonNull(phase, "phase");
    }
  }

  /**
   * The operation and its surroundings.
   *
   * @param operation the operation reconciled
   * @param vm the VM it names; empty when the VM does not exist
   * @param others the other operations in the namespace (any VM, any phase; the operation itself is ignored)
   */
  public record Situation(VirtualMachineOperation operation, Optional<VirtualMachineFacts> vm,
      List<VirtualMachineOperation> others) {
    /** Checks for nulls and copies the list. */
    public Situation {
      if (operation == null || vm == null || others == null) {
        throw new IllegalArgumentException("Situation components must not be null; use Optional.empty()/List.of()");
      }
      others = List.copyOf(others);
    }
  }

  /** What happened. */
  public sealed interface Trigger {
    /** The controller reconciles the operation (the steps of {@code service.go} before execution). */
    record Reconcile() implements Trigger {}

    /** The power-state signal was sent to the VM (Start, Stop, Restart). */
    record SignalSent() implements Trigger {}

    /**
     * Sending the power-state signal failed.
     *
     * @param error the error text
     */
    record SignalFailed(String error) implements Trigger {
      /** Checks for null. */
      public SignalFailed {
        Objects.requireNonNull(error, "error");
      }
    }

    /** The VM reached the operation's target (Start: Running; Stop: Stopped; Restart: Running on a new instance). */
    record TargetReached() implements Trigger {}
  }

  /**
   * An event DVP records on the operation.
   *
   * @param type {@code Normal} or {@code Warning}
   * @param reason the event reason
   * @param message the event message
   */
  public record Notice(String type, String reason, String message) {}

  /**
   * An older operation this one supersedes, with its new status.
   *
   * @param operation the older operation
   * @param status its status after being superseded
   */
  public record Superseded(VirtualMachineOperation operation, VirtualMachineOperationStatus status) {}

  /**
   * The outcome of one trigger.
   *
   * @param status the operation's new status
   * @param superseded the older operations marked {@code Superseded}
   * @param notices the events recorded
   * @param dvpShowsInProgress the status is the harm-guarded one; DVP itself would show InProgress
   */
  public record Step(VirtualMachineOperationStatus status, List<Superseded> superseded, List<Notice> notices,
      boolean dvpShowsInProgress) {}

  /**
   * Applies a trigger.
   *
   * @param s the operation and its surroundings
   * @param trigger what happened
   * @return the new status, superseded operations and events
   * @throws IllegalArgumentException when a power-state trigger is given for another type, or for an operation that
   *     is not {@code Pending} or {@code InProgress}
   */
  public Step next(Situation s, Trigger trigger) {
    VirtualMachineOperation op = s.operation();
    VirtualMachineOperationStatus current = op.status().orElse(VirtualMachineOperationStatus.builder()
        .phase(VirtualMachineOperationPhase.of("")).build());
    if (trigger instanceof Trigger.Reconcile) {
      return reconcile(s, current);
    }
    VirtualMachineOperationType type = op.spec().type();
    if (!POWER_STATE.contains(type)) {
      throw new IllegalArgumentException(trigger.getClass().getSimpleName() + " applies to Start, Stop and Restart"
          + " operations; got " + type + ". Maybe use the migration model for Migrate and Evict");
    }
    VirtualMachineOperationPhase phase = current.phase();
    if (!phase.equals(VirtualMachineOperationPhase.PENDING) && !phase.equals(VirtualMachineOperationPhase.IN_PROGRESS)) {
      throw new IllegalArgumentException(trigger.getClass().getSimpleName() + " needs a Pending or InProgress"
          + " operation; " + op.name() + " is in phase \"" + phase + "\"");
    }
    if (trigger instanceof Trigger.TargetReached) {
      return step(with(current, VirtualMachineOperationPhase.COMPLETED,
          condition(current, COMPLETED, ConditionStatus.TRUE, "OperationCompleted", "")), List.of());
    }
    if (trigger instanceof Trigger.SignalFailed failed) {
      String message = "Sending signal \"" + type + "\" to VM: " + failed.error();
      Notice warning = new Notice("Warning", "VirtualMachineOperationFailed", message);
      if (dvpProjection) {
        return new Step(inProgress(current, type), List.of(), List.of(warning), false);
      }
      VirtualMachineOperationStatus st = with(current, VirtualMachineOperationPhase.FAILED,
          condition(current, COMPLETED, ConditionStatus.FALSE, "OperationFailed", message));
      st = with(st, st.phase(), condition(st, SIGNAL_SENT, ConditionStatus.FALSE, "SignalSentError", message));
      return new Step(st, List.of(), List.of(warning), true);
    }
    return step(inProgress(current, type), List.of());
  }

  private VirtualMachineOperationStatus inProgress(VirtualMachineOperationStatus current,
      VirtualMachineOperationType type) {
    VirtualMachineOperationStatus st = with(current, VirtualMachineOperationPhase.IN_PROGRESS,
        condition(current, SIGNAL_SENT, ConditionStatus.TRUE, "SignalSentSuccess", ""));
    return with(st, st.phase(), condition(st, COMPLETED, ConditionStatus.FALSE, type + "InProgress",
        "Waiting for the operation to complete."));
  }

  private Step reconcile(Situation s, VirtualMachineOperationStatus current) {
    VirtualMachineOperation op = s.operation();
    if (op.metadata().deletionTimestamp().isPresent()) {
      return step(current.withPhase(VirtualMachineOperationPhase.TERMINATING), List.of());
    }
    if (Operations.isFinished(current.phase())) {
      return step(current, List.of());
    }
    List<Notice> notices = new ArrayList<>();
    VirtualMachineOperationStatus st = current;
    if (current.phase().value().isEmpty()) {
      st = with(st, VirtualMachineOperationPhase.PENDING,
          condition(st, COMPLETED, ConditionStatus.UNKNOWN, "Unknown", ""));
      VirtualMachineOperationType type = op.spec().type();
      if (type.equals(VirtualMachineOperationType.MIGRATE) || type.equals(VirtualMachineOperationType.EVICT)) {
        st = with(st, st.phase(), condition(st, SIGNAL_SENT, ConditionStatus.UNKNOWN, "Unknown", ""));
      }
      notices.add(new Notice("Normal", "VirtualMachineOperationStarted", "VirtualMachineOperation started"));
    }
    if (st.phase().equals(VirtualMachineOperationPhase.IN_PROGRESS) && POWER_STATE.contains(op.spec().type())) {
      Condition completed = st.condition(COMPLETED).orElseThrow(() -> new IllegalArgumentException("operation "
          + op.name() + " is InProgress without a Completed condition; maybe its status was written by hand"));
      return step(with(st, st.phase(), condition(st, COMPLETED, completed.status(), completed.reason(),
          "Wait until operation completed")), List.of());
    }
    if (!st.phase().equals(VirtualMachineOperationPhase.PENDING)) {
      return new Step(st, List.of(), notices, false);
    }
    if (s.vm().isEmpty()) {
      return new Step(failed(st, "VirtualMachineNotFound", "VirtualMachine not found"), List.of(), notices, false);
    }
    List<VirtualMachineOperation> older = olderActive(s);
    if (!older.isEmpty()) {
      boolean all = older.stream().allMatch(o -> Operations.canSupersede(o.spec(), op.spec()));
      if (!all) {
        return new Step(failed(st, "NotReadyToBeExecuted",
            "VMOP cannot be executed now. Previously created operation should finish first."), List.of(), notices,
            false);
      }
      List<Superseded> superseded = new ArrayList<>();
      for (VirtualMachineOperation o : older) {
        VirtualMachineOperationStatus os = o.status().orElse(VirtualMachineOperationStatus.builder()
            .phase(VirtualMachineOperationPhase.of("")).build());
        superseded.add(new Superseded(o, with(os, VirtualMachineOperationPhase.SUPERSEDED, condition(os, COMPLETED,
            ConditionStatus.TRUE, "Superseded", "Superseded by " + op.name() + " with type " + op.spec().type()))));
      }
      return continueWithApplicability(s, st, superseded, notices);
    }
    return continueWithApplicability(s, st, List.of(), notices);
  }

  private Step continueWithApplicability(Situation s, VirtualMachineOperationStatus st, List<Superseded> superseded,
      List<Notice> notices) {
    VirtualMachineFacts vm = s.vm().orElseThrow();
    Applicability a = Operations.applicability(s.operation().spec().type(), s.operation().spec().forceOrDefault(),
        vm.runPolicy(), vm.phase());
    if (!a.allowed()) {
      return new Step(failed(st, a.reason().orElseThrow(), a.message().orElseThrow()), superseded, notices, false);
    }
    return new Step(st, superseded, notices, false);
  }

  /** Older unfinished operations of the same VM: earlier creation time, ties broken by name. */
  static List<VirtualMachineOperation> olderActive(Situation s) {
    VirtualMachineOperation op = s.operation();
    Comparator<VirtualMachineOperation> age = Comparator
        .comparing((VirtualMachineOperation o) -> o.metadata().creationTimestamp().orElse(""))
        .thenComparing(VirtualMachineOperation::name);
    return s.others().stream()
        .filter(o -> !o.name().equals(op.name()))
        .filter(o -> o.spec().virtualMachineName().equals(op.spec().virtualMachineName()))
        .filter(o -> !Operations.isFinished(o))
        .filter(o -> age.compare(o, op) < 0)
        .sorted(age)
        .toList();
  }

  private VirtualMachineOperationStatus failed(VirtualMachineOperationStatus st, String reason, String message) {
    return with(st, VirtualMachineOperationPhase.FAILED,
        condition(st, COMPLETED, ConditionStatus.FALSE, reason, message));
  }

  private static Step step(VirtualMachineOperationStatus st, List<Superseded> superseded) {
    return new Step(st, superseded, List.of(), false);
  }

  /** A condition whose transition time changes only when its status does, as in Kubernetes' SetStatusCondition. */
  private Condition condition(VirtualMachineOperationStatus st, String type, ConditionStatus status, String reason,
      String message) {
    Optional<Condition> old = st.condition(type);
    String time = old.filter(c -> c.status().equals(status)).map(Condition::lastTransitionTime)
        .orElse(DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    return Condition.builder().type(type).status(status).reason(reason).message(message).lastTransitionTime(time)
        .build();
  }

  private static VirtualMachineOperationStatus with(VirtualMachineOperationStatus st,
      VirtualMachineOperationPhase phase, Condition c) {
    List<Condition> conditions = new ArrayList<>(st.conditions());
    int at = conditions.indexOf(st.condition(c.type()).orElse(null));
    if (at < 0) {
      conditions.add(c);
    } else {
      conditions.set(at, c);
    }
    return st.withPhase(phase).withConditions(conditions);
  }
}
