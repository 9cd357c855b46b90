package dev.dvp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.VirtualMachineOperationSpec;
import dev.dvp.model.VirtualMachineOperationStatus;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.lifecycle.OperationFlow.Situation;
import dev.dvp.lifecycle.OperationFlow.Step;
import dev.dvp.lifecycle.OperationFlow.Trigger;
import dev.dvp.lifecycle.OperationFlow.VirtualMachineFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** admission.md §7.5 (controller flow), §7.3 (supersede in the controller), §7.6 and §11.9 (signal). */
class OperationFlowTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
  private static final OperationFlow FLOW = OperationFlow.standard(CLOCK);
  private static final Optional<VirtualMachineFacts> RUNNING =
      Optional.of(new VirtualMachineFacts(RunPolicy.MANUAL, VirtualMachinePhase.RUNNING));
  private static final Optional<VirtualMachineFacts> STOPPED =
      Optional.of(new VirtualMachineFacts(RunPolicy.MANUAL, VirtualMachinePhase.STOPPED));

  private static VirtualMachineOperation op(String name, VirtualMachineOperationType type, boolean force,
      String created, Optional<VirtualMachineOperationPhase> phase) {
    VirtualMachineOperation o = VirtualMachineOperation.builder()
        .metadata(ObjectMeta.builder().name(name).namespace("default").creationTimestamp(created).build())
        .spec(VirtualMachineOperationSpec.builder().type(type).virtualMachineName("vm").force(force).build())
        .build();
    return phase.map(p -> o.withStatus(VirtualMachineOperationStatus.builder().phase(p).build())).orElse(o);
  }

  private static VirtualMachineOperation fresh(VirtualMachineOperationType type) {
    return op("new", type, false, "2026-01-02T03:00:00Z", Optional.empty());
  }

  private static Condition completed(Step s) {
    return s.status().condition("Completed").orElseThrow();
  }

  @Test
  void newOperationBecomesPendingWithCompletedUnknown() {
    Step s = FLOW.next(new Situation(fresh(VirtualMachineOperationType.START), STOPPED, List.of()),
        new Trigger.Reconcile());
    assertThat(s.status().phase()).isEqualTo(VirtualMachineOperationPhase.PENDING);
    assertThat(completed(s)).isEqualTo(Condition.builder().type("Completed").status(ConditionStatus.UNKNOWN)
        .reason("Unknown").message("").lastTransitionTime("2026-01-02T03:04:05Z").build());
    assertThat(s.status().condition("SignalSent")).isEmpty();
    assertThat(s.notices()).containsExactly(
        new OperationFlow.Notice("Normal", "VirtualMachineOperationStarted", "VirtualMachineOperation started"));
  }

  @Test
  void onlyMigrationsGetSignalSentUnknownAtStart() {
    for (VirtualMachineOperationType t : List.of(VirtualMachineOperationType.MIGRATE,
        VirtualMachineOperationType.EVICT)) {
      assertThat(FLOW.next(new Situation(fresh(t), RUNNING, List.of()), new Trigger.Reconcile()).status()
          .condition("SignalSent")).map(Condition::status).contains(ConditionStatus.UNKNOWN);
    }
    for (VirtualMachineOperationType t : List.of(VirtualMachineOperationType.RESTART,
        VirtualMachineOperationType.STOP)) {
      assertThat(FLOW.next(new Situation(fresh(t), RUNNING, List.of()), new Trigger.Reconcile()).status()
          .condition("SignalSent")).isEmpty();
    }
  }

  @Test
  void missingVmFails() {
    Step s = FLOW.next(new Situation(fresh(VirtualMachineOperationType.STOP), Optional.empty(), List.of()),
        new Trigger.Reconcile());
    assertThat(s.status().phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
    assertThat(completed(s).reason()).isEqualTo("VirtualMachineNotFound");
    assertThat(completed(s).message()).isEqualTo("VirtualMachine not found");
    assertThat(completed(s).status()).isEqualTo(ConditionStatus.FALSE);
  }

  @Test
  void applicabilityRunPolicyFirstThenPhase() {
    Step policy = FLOW.next(new Situation(fresh(VirtualMachineOperationType.START),
        Optional.of(new VirtualMachineFacts(RunPolicy.ALWAYS_ON, VirtualMachinePhase.RUNNING)), List.of()),
        new Trigger.Reconcile());
    assertThat(completed(policy).reason()).isEqualTo("NotApplicableForVirtualMachineRunPolicy");
    assertThat(completed(policy).message())
        .isEqualTo("Operation type Start is not applicable for VirtualMachine with runPolicy AlwaysOn");
    Step phase = FLOW.next(new Situation(fresh(VirtualMachineOperationType.START), RUNNING, List.of()),
        new Trigger.Reconcile());
    assertThat(completed(phase).message())
        .isEqualTo("Operation type Start is not applicable for VirtualMachine in phase Running");
    assertThat(phase.status().phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
  }

  @Test
  void olderSupersedableOperationsAreMarkedSuperseded() {
    VirtualMachineOperation start = op("start-1", VirtualMachineOperationType.START, false, "2026-01-02T02:00:00Z",
        Optional.of(VirtualMachineOperationPhase.IN_PROGRESS));
    VirtualMachineOperation done = op("old-done", VirtualMachineOperationType.RESTORE, false,
        "2026-01-02T01:00:00Z", Optional.of(VirtualMachineOperationPhase.COMPLETED));
    Step s = FLOW.next(new Situation(fresh(VirtualMachineOperationType.STOP), RUNNING, List.of(start, done)),
        new Trigger.Reconcile());
    assertThat(s.status().phase()).isEqualTo(VirtualMachineOperationPhase.PENDING);
    assertThat(s.superseded()).hasSize(1);
    assertThat(s.superseded().get(0).operation()).isEqualTo(start);
    assertThat(s.superseded().get(0).status().phase()).isEqualTo(VirtualMachineOperationPhase.SUPERSEDED);
    assertThat(s.superseded().get(0).status().condition("Completed").orElseThrow()).extracting(Condition::status,
        Condition::reason, Condition::message).containsExactly(ConditionStatus.TRUE, "Superseded",
        "Superseded by new with type Stop");
  }

  @Test
  void anOlderOperationThatCannotBeSupersededFailsTheNewOne() {
    VirtualMachineOperation forcedStop = op("stop-1", VirtualMachineOperationType.STOP, true,
        "2026-01-02T02:00:00Z", Optional.empty());
    Step s = FLOW.next(new Situation(fresh(VirtualMachineOperationType.RESTART), RUNNING, List.of(forcedStop)),
        new Trigger.Reconcile());
    assertThat(s.status().phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
    assertThat(completed(s)).extracting(Condition::reason, Condition::message).containsExactly(
        "NotReadyToBeExecuted", "VMOP cannot be executed now. Previously created operation should finish first.");
    assertThat(s.superseded()).isEmpty();
  }

  @Test
  void ageTiesAreBrokenByNameAndNewerOnesAreIgnored() {
    VirtualMachineOperation sameTimeEarlierName = op("a", VirtualMachineOperationType.STOP, true,
        "2026-01-02T03:00:00Z", Optional.empty());
    VirtualMachineOperation sameTimeLaterName = op("z", VirtualMachineOperationType.STOP, true,
        "2026-01-02T03:00:00Z", Optional.empty());
    VirtualMachineOperation newer = op("b", VirtualMachineOperationType.STOP, true, "2026-01-02T04:00:00Z",
        Optional.empty());
    Situation s = new Situation(fresh(VirtualMachineOperationType.RESTART), RUNNING,
        List.of(sameTimeEarlierName, sameTimeLaterName, newer));
    assertThat(OperationFlow.olderActive(s)).containsExactly(sameTimeEarlierName);
  }

  @Test
  void deletingAndFinished() {
    VirtualMachineOperation deleting = fresh(VirtualMachineOperationType.STOP);
    deleting = deleting.withMetadata(deleting.metadata().withDeletionTimestamp("2026-01-02T03:01:00Z"));
    assertThat(FLOW.next(new Situation(deleting, RUNNING, List.of()), new Trigger.Reconcile()).status().phase())
        .isEqualTo(VirtualMachineOperationPhase.TERMINATING);
    VirtualMachineOperation finished = op("f", VirtualMachineOperationType.STOP, false, "2026-01-02T03:00:00Z",
        Optional.of(VirtualMachineOperationPhase.FAILED));
    Step s = FLOW.next(new Situation(finished, Optional.empty(), List.of()), new Trigger.Reconcile());
    assertThat(s.status()).isEqualTo(finished.status().orElseThrow());
    assertThat(s.notices()).isEmpty();
  }

  private static VirtualMachineOperation pending(VirtualMachineOperationType type) {
    Step s = FLOW.next(new Situation(fresh(type), RUNNING, List.of()), new Trigger.Reconcile());
    return fresh(type).withStatus(s.status());
  }

  @Test
  void signalSentThenCompleted() {
    VirtualMachineOperation p = pending(VirtualMachineOperationType.RESTART);
    Step sent = FLOW.next(new Situation(p, RUNNING, List.of()), new Trigger.SignalSent());
    assertThat(sent.status().phase()).isEqualTo(VirtualMachineOperationPhase.IN_PROGRESS);
    assertThat(sent.status().condition("SignalSent").orElseThrow()).extracting(Condition::status, Condition::reason)
        .containsExactly(ConditionStatus.TRUE, "SignalSentSuccess");
    assertThat(completed(sent)).extracting(Condition::status, Condition::reason, Condition::message)
        .containsExactly(ConditionStatus.FALSE, "RestartInProgress", "Waiting for the operation to complete.");
    VirtualMachineOperation inProgress = p.withStatus(sent.status());
    Step again = FLOW.next(new Situation(inProgress, RUNNING, List.of()), new Trigger.Reconcile());
    assertThat(completed(again).message()).isEqualTo("Wait until operation completed");
    assertThat(completed(again).reason()).isEqualTo("RestartInProgress");
    Step done = FLOW.next(new Situation(inProgress, RUNNING, List.of()), new Trigger.TargetReached());
    assertThat(done.status().phase()).isEqualTo(VirtualMachineOperationPhase.COMPLETED);
    assertThat(completed(done)).extracting(Condition::status, Condition::reason)
        .containsExactly(ConditionStatus.TRUE, "OperationCompleted");
  }

  @Test
  void failedSignalHarmGuardAndDvpProjection() {
    VirtualMachineOperation p = pending(VirtualMachineOperationType.STOP);
    Step guarded = FLOW.next(new Situation(p, RUNNING, List.of()), new Trigger.SignalFailed("timeout"));
    String message = "Sending signal \"Stop\" to VM: timeout";
    assertThat(guarded.status().phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
    assertThat(completed(guarded)).extracting(Condition::reason, Condition::message)
        .containsExactly("OperationFailed", message);
    assertThat(guarded.status().condition("SignalSent").orElseThrow()).extracting(Condition::status,
        Condition::reason).containsExactly(ConditionStatus.FALSE, "SignalSentError");
    assertThat(guarded.dvpShowsInProgress()).isTrue();
    assertThat(guarded.notices()).containsExactly(
        new OperationFlow.Notice("Warning", "VirtualMachineOperationFailed", message));
    Step dvp = OperationFlow.dvpProjection(CLOCK).next(new Situation(p, RUNNING, List.of()),
        new Trigger.SignalFailed("timeout"));
    assertThat(dvp.status().phase()).isEqualTo(VirtualMachineOperationPhase.IN_PROGRESS);
    assertThat(dvp.status().condition("SignalSent").orElseThrow().reason()).isEqualTo("SignalSentSuccess");
    assertThat(dvp.notices()).isEqualTo(guarded.notices());
    assertThat(dvp.dvpShowsInProgress()).isFalse();
  }

  @Test
  void misuseIsAnIllegalArgument() {
    assertThatThrownBy(() -> FLOW.next(new Situation(pending(VirtualMachineOperationType.MIGRATE), RUNNING,
        List.of()), new Trigger.SignalSent())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Migrate").hasMessageContaining("Maybe");
    assertThatThrownBy(() -> FLOW.next(new Situation(fresh(VirtualMachineOperationType.STOP), RUNNING, List.of()),
        new Trigger.TargetReached())).hasMessageContaining("Pending or InProgress");
  }

  @Test
  void propertyConditionTimeMovesOnlyWhenTheStatusChanges() {
    qt().forAll(SourceDSL.integers().between(0, 2)).checkAssert(i -> {
      VirtualMachineOperationType t = List.of(VirtualMachineOperationType.START, VirtualMachineOperationType.STOP,
          VirtualMachineOperationType.RESTART).get(i);
      VirtualMachineOperation p = op("new", t, false, "2026-01-02T03:00:00Z", Optional.empty());
      Optional<VirtualMachineFacts> vm = t.equals(VirtualMachineOperationType.START) ? STOPPED : RUNNING;
      Step first = FLOW.next(new Situation(p, vm, List.of()), new Trigger.Reconcile());
      OperationFlow later = OperationFlow.standard(Clock.offset(CLOCK, java.time.Duration.ofMinutes(5)));
      Step sent = later.next(new Situation(p.withStatus(first.status()), vm, List.of()), new Trigger.SignalSent());
      // Completed went Unknown -> False: new time; a second Reconcile keeps it.
      assertThat(completed(sent).lastTransitionTime()).isEqualTo("2026-01-02T03:09:05Z");
      Step again = OperationFlow.standard(Clock.offset(CLOCK, java.time.Duration.ofHours(1)))
          .next(new Situation(p.withStatus(sent.status()), vm, List.of()), new Trigger.Reconcile());
      assertThat(completed(again).lastTransitionTime()).isEqualTo("2026-01-02T03:09:05Z");
      // Reconciling a pending operation again does not add a second start event.
      assertThat(FLOW.next(new Situation(p.withStatus(first.status()), vm, List.of()), new Trigger.Reconcile())
          .notices()).isEmpty();
    });
  }
}
