package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import static dev.dvp.change.Specs.base;
import static dev.dvp.change.Specs.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.Cpu;
import dev.dvp.model.Disruptions;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import dev.dvp.model.VirtualMachineClassSpec;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.VirtualMachineSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §9 when changes are applied, §10 conditions, §11 class changes, restartApprovalMode. */
class ConditionsTest {
  private static final VirtualMachineSpec TWO_CORES = builder().cpu(Cpu.of(2)).build();

  @Test
  void restartPendingSetsBothConditionsWithTheTrailingSpace() {
    List<Condition> conditions = SpecChanges.between(base(), TWO_CORES,
        ChangeContext.builder().generation(7).build()).conditions();
    assertThat(conditions).extracting(Condition::type, Condition::status, Condition::reason, Condition::message)
        .containsExactly(
            tuple("AwaitingRestartToApplyConfiguration", ConditionStatus.TRUE, "ChangesPendingRestart",
                "Waiting for the user to restart in order to apply the configuration changes. "),
            tuple("ConfigurationApplied", ConditionStatus.FALSE, "ConfigurationNotApplied",
                "Waiting for the user to restart in order to apply the configuration changes."));
    assertThat(conditions).allMatch(c -> c.observedGeneration().equals(java.util.Optional.of(7L)));
  }

  @Test
  void restartMessagesAreAppendedInListOrder() {
    SpecChanges changes = SpecChanges.between(builder().cpu(Cpu.of(16)).build(), builder().cpu(Cpu.of(17)).build());
    assertThat(changes.conditions().get(0).message()).isEqualTo("Waiting for the user to restart in order to apply "
        + "the configuration changes. Changing the number of CPU cores requires changing the CPU topology (number "
        + "of sockets).");
  }

  @Test
  void conditionsAreRemovedInPendingStartingAndStopped() {
    for (VirtualMachinePhase phase : List.of(VirtualMachinePhase.PENDING, VirtualMachinePhase.STARTING,
        VirtualMachinePhase.STOPPED)) {
      SpecChanges changes = SpecChanges.between(base(), TWO_CORES, ChangeContext.builder().phase(phase).build());
      assertThat(changes.conditions()).isEmpty();
      assertThat(changes.needsRestart()).isFalse();
      assertThat(changes.isDisruptive()).isTrue();
    }
    for (VirtualMachinePhase phase : List.of(VirtualMachinePhase.RUNNING, VirtualMachinePhase.MIGRATING,
        VirtualMachinePhase.STOPPING, VirtualMachinePhase.PAUSE, VirtualMachinePhase.DEGRADED,
        VirtualMachinePhase.TERMINATING)) {
      assertThat(SpecChanges.between(base(), TWO_CORES, ChangeContext.builder().phase(phase).build()).needsRestart())
          .isTrue();
    }
  }

  @Test
  void aStoppedVmAppliesEverythingAtOnce() {
    SpecChanges changes = SpecChanges.between(base(), TWO_CORES,
        ChangeContext.builder().phase(VirtualMachinePhase.STOPPED).build());
    assertThat(changes.restartAwaitingChanges()).isEmpty();
    assertThat(changes.immediateChanges()).extracting(FieldChange::path).containsExactly("cpu.cores");
    assertThat(changes.heldBackChanges()).isEmpty();
  }

  @Test
  void aPendingRestartHoldsBackImmediateChangesButNotRunPolicyOrApprovalMode() {
    ChangeContext hotplug = ChangeContext.builder().edition(Edition.EE)
        .addBootAttachedBlockDevices(Specs.disk("linux-vm-root")).build();
    VirtualMachineSpec desired = builder().cpu(Cpu.of(2)).runPolicy(RunPolicy.ALWAYS_ON)
        .disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.AUTOMATIC).build())
        .putNodeSelector("zone", "a").addBlockDeviceRefs(Specs.disk("data")).build();
    SpecChanges changes = SpecChanges.between(base(), desired, hotplug);
    assertThat(changes.changes()).extracting(FieldChange::path, FieldChange::action).containsExactly(
        tuple("blockDeviceRefs.1", ChangeAction.APPLY_IMMEDIATE),
        tuple("cpu.cores", ChangeAction.RESTART),
        tuple("disruptions.restartApprovalMode", ChangeAction.NONE),
        tuple("nodeSelector", ChangeAction.APPLY_IMMEDIATE),
        tuple("runPolicy", ChangeAction.APPLY_IMMEDIATE));
    assertThat(changes.restartAwaitingChanges()).extracting(e -> e.get("path")).containsExactly("cpu.cores");
    assertThat(changes.heldBackChanges()).extracting(FieldChange::path)
        .containsExactly("blockDeviceRefs.1", "nodeSelector");
    assertThat(changes.immediateChanges()).extracting(FieldChange::path)
        .containsExactly("disruptions.restartApprovalMode", "runPolicy");
    assertThat(changes.automaticRestart()).isTrue();
  }

  @Test
  void withoutARestartEverythingNonDisruptiveAppliesNow() {
    SpecChanges changes = SpecChanges.between(base(), builder().putNodeSelector("zone", "a")
        .runPolicy(RunPolicy.MANUAL).build(), ChangeContext.builder().edition(Edition.EE).build());
    assertThat(changes.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    assertThat(changes.immediateChanges()).extracting(FieldChange::path).containsExactly("nodeSelector", "runPolicy");
    assertThat(changes.conditions()).isEmpty();
    assertThat(changes.automaticRestart()).isFalse();
  }

  @Test
  void manualApprovalNeverRestartsByItself() {
    SpecChanges changes = SpecChanges.between(base(), TWO_CORES);
    assertThat(changes.needsRestart()).isTrue();
    assertThat(changes.automaticRestart()).isFalse();
    VirtualMachineSpec automatic = TWO_CORES.withDisruptions(
        Disruptions.builder().restartApprovalMode(RestartApprovalMode.AUTOMATIC).build());
    SpecChanges auto = SpecChanges.between(base(), automatic);
    assertThat(auto.restartAwaitingChanges()).isEqualTo(changes.restartAwaitingChanges());
    assertThat(auto.automaticRestart()).isTrue();
  }

  @Test
  void dependenciesNotReadyKeepTheListButOnlyConfigurationApplied() {
    SpecChanges changes = SpecChanges.between(base(), TWO_CORES,
        ChangeContext.builder().dependenciesReady(false).build());
    assertThat(changes.restartAwaitingChanges()).hasSize(1);
    assertThat(changes.conditions()).extracting(Condition::type, Condition::message).containsExactly(tuple(
        "ConfigurationApplied", "Waiting for the dependent resources. Be careful restarting the virtual machine: the "
            + "virtual machine cannot be restarted immediately to apply pending configuration changes as it is "
            + "awaiting the availability of dependent resources."));
    assertThat(changes.needsRestart()).isFalse();
  }

  @Test
  void unexpectedInternalStateAsksForARestart() {
    SpecChanges changes = SpecChanges.between(base(), base(),
        ChangeContext.builder().internalRestartRequired(true).build());
    assertThat(changes.conditions()).extracting(Condition::type, Condition::reason, Condition::message)
        .containsExactly(tuple("AwaitingRestartToApplyConfiguration", "UnexpectedState",
            "Please restart the virtual machine to synchronize its configuration."));
    assertThat(changes.needsRestart()).isTrue();
  }

  @Test
  void classChangesNeedARestartInCeOnly() {
    VirtualMachineClassSpec applied = VirtualMachineClassSpec.builder().cpu(dev.dvp.model.ClassCpu.builder()
        .type(dev.dvp.model.CpuType.HOST).build()).build();
    VirtualMachineClassSpec changed = applied.withNodeSelector(LabelSelector.ofLabels(java.util.Map.of("gpu", "yes")))
        .withTolerations(Toleration.builder().key("k").operator(TolerationOperator.EXISTS)
            .effect(TaintEffect.NO_SCHEDULE).build());
    List<FieldChange> ce = ClassChanges.between(applied, changed, Edition.CE);
    assertThat(ce).extracting(FieldChange::path, FieldChange::operation, FieldChange::action).containsExactly(
        tuple("VirtualMachineClass:spec.nodeSelector", ChangeOperation.ADD, ChangeAction.RESTART),
        tuple("VirtualMachineClass:spec.tolerations", ChangeOperation.ADD, ChangeAction.RESTART));
    assertThat(ClassChanges.between(applied, applied.withNodeSelector(LabelSelector.builder().build()), Edition.CE))
        .as("an empty selector is unset").isEmpty();
    SpecChanges vm = SpecChanges.between(base(), base(), ChangeContext.builder().addAllClassChanges(ce).build());
    assertThat(vm.restartAwaitingChanges()).isEmpty();
    assertThat(vm.conditions()).extracting(Condition::type, Condition::reason, Condition::message).containsExactly(
        tuple("AwaitingRestartToApplyConfiguration", "ChangesPendingRestart",
            "VirtualMachineClass.spec has been modified. Waiting for the user to restart in order to apply the "
                + "configuration changes."),
        tuple("ConfigurationApplied", "ConfigurationNotApplied",
            "VirtualMachineClass.spec has been modified. Waiting for the user to restart in order to apply the "
                + "configuration changes."));
    List<FieldChange> ee = ClassChanges.between(applied, changed, Edition.EE);
    assertThat(ee).allMatch(c -> c.action() == ChangeAction.APPLY_IMMEDIATE);
    assertThat(SpecChanges.between(base(), base(), ChangeContext.builder().edition(Edition.EE)
        .addAllClassChanges(ee).build()).conditions()).isEmpty();
  }

  @Test
  void revertingBeforeTheRestartClearsEverything() {
    SpecChanges reverted = SpecChanges.between(base(), TWO_CORES.withCpu(Cpu.of(1)));
    assertThat(reverted.restartAwaitingChanges()).isEmpty();
    assertThat(reverted.conditions()).isEmpty();
  }

  @Test
  void repeatedEditsCompareWithTheAppliedBaseline() {
    SpecChanges changes = SpecChanges.between(base(), builder().cpu(Cpu.of(3)).build());
    assertThat(changes.restartAwaitingChangesJson()).contains(
        "[{\"currentValue\":1,\"desiredValue\":3,\"operation\":\"replace\",\"path\":\"cpu.cores\"}]");
  }
}
