package dev.dvp.admission;

import dev.dvp.model.Bootloader;
import dev.dvp.model.Disruptions;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.model.OsType;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import dev.dvp.model.ProvisioningRefKind;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineSpec;
import java.util.Optional;

/**
 * The VirtualMachine CRD's schema defaults, applied by the API server before the mutating webhook: each is set
 * only where the field is absent ({@code crds/virtualmachines.yaml}). {@code disruptions} defaults as a whole object; a
 * present {@code disruptions} without {@code restartApprovalMode} stays as it is, as in the CRD.
 */
final class VirtualMachineCrdDefaults {
  private VirtualMachineCrdDefaults() {}

  static VirtualMachine apply(VirtualMachine vm) {
    VirtualMachineSpec s = vm.spec();
    VirtualMachineSpec d = s
        .withRunPolicy(s.runPolicy().orElse(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY))
        .withDisruptions(s.disruptions()
            .orElse(Disruptions.builder().restartApprovalMode(RestartApprovalMode.MANUAL).build()))
        .withTerminationGracePeriodSeconds(
            s.terminationGracePeriodSeconds().orElse(VirtualMachineSpec.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS))
        .withEnableParavirtualization(s.enableParavirtualization().orElse(true))
        .withOsType(s.osType().orElse(OsType.GENERIC))
        .withBootloader(s.bootloader().orElse(Bootloader.BIOS))
        .withLiveMigrationPolicy(s.liveMigrationPolicy().orElse(LiveMigrationPolicy.PREFER_SAFE))
        .withProvisioning(s.provisioning().map(VirtualMachineCrdDefaults::provisioning));
    return d.equals(s) ? vm : vm.withSpec(d);
  }

  private static Provisioning provisioning(Provisioning p) {
    return p.withUserDataRef(p.userDataRef().map(VirtualMachineCrdDefaults::secretKind))
        .withSysprepRef(p.sysprepRef().map(VirtualMachineCrdDefaults::secretKind));
  }

  private static ProvisioningRef secretKind(ProvisioningRef ref) {
    return ref.kind().isPresent() ? ref : ref.withKind(Optional.of(ProvisioningRefKind.SECRET));
  }
}
