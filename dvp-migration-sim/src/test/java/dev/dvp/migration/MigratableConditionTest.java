package dev.dvp.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigratableConditionTest {

    private static final Optional<LiveMigratableCondition> DISKS = Optional.of(LiveMigratableCondition.notMigratable(
            LiveMigratableCondition.DISKS_NOT_LIVE_MIGRATABLE, "cannot migrate VMI: PVC disk is not shared"));

    @Test
    void liveMigratableVmIsMigratable() {
        MigratableCondition c = MigratableCondition.derive(Optional.of(LiveMigratableCondition.migratable()),
                false, false);
        assertThat(c).isEqualTo(new MigratableCondition(true, "VirtualMachineMigratable", Optional.empty()));
    }

    @Test
    void localDisksWithoutVolumeMigrationAskForReadWriteMany() {
        MigratableCondition c = MigratableCondition.derive(DISKS, false, false);
        assertThat(c.status()).isFalse();
        assertThat(c.reason()).isEqualTo("VirtualMachineDisksNotMigratable");
        assertThat(c.message()).contains("Live migration requires all disks to use ReadWriteMany (shared) storage. "
                + "Make sure the StorageClass supports the ReadWriteMany access mode.");
    }

    @Test
    void localDisksWithVolumeMigrationAreMovedAlong() {
        MigratableCondition c = MigratableCondition.derive(DISKS, true, false);
        assertThat(c.status()).isTrue();
        assertThat(c.reason()).isEqualTo("VirtualMachineDisksShouldBeMigrating");
    }

    @Test
    void hostDevicesAreNotMigratable() {
        MigratableCondition c = MigratableCondition.derive(Optional.of(LiveMigratableCondition.notMigratable(
                LiveMigratableCondition.HOST_DEVICE_NOT_LIVE_MIGRATABLE, "VMI uses a PCI host devices")), true, false);
        assertThat(c.status()).isFalse();
        assertThat(c.reason()).isEqualTo("VirtualMachineHostDevicesNotMigratable");
        assertThat(c.message()).contains("VMI uses a PCI host devices");
    }

    @Test
    void anyOtherKubevirtReasonKeepsKubevirtsMessage() {
        for (String reason : new String[] {"InterfaceNotLiveMigratable", "CPUModeLiveMigratable",
            "SEVNotLiveMigratable", "HypervPassthroughNotLiveMigratable"}) {
            MigratableCondition c = MigratableCondition.derive(Optional.of(
                    LiveMigratableCondition.notMigratable(reason, "kubevirt says " + reason)), true, true);
            assertThat(c.status()).isFalse();
            assertThat(c.reason()).isEqualTo("VirtualMachineNonMigratable");
            assertThat(c.message()).contains("kubevirt says " + reason);
        }
    }

    @Test
    void volumeUpdateByMigrationWithRwoDisksFollowsTheDisksRule() {
        Optional<LiveMigratableCondition> ok = Optional.of(LiveMigratableCondition.migratable());
        assertThat(MigratableCondition.derive(ok, false, true).reason()).isEqualTo("VirtualMachineDisksNotMigratable");
        assertThat(MigratableCondition.derive(ok, true, true).reason())
                .isEqualTo("VirtualMachineDisksShouldBeMigrating");
    }

    @Test
    void noKvvmIsNotMigratable() {
        assertThat(MigratableCondition.derive(Optional.empty(), true, false).status()).isFalse();
    }

    @Test
    void derivedStatusFeedsThePreStartCheck() {
        MigratableCondition c = MigratableCondition.derive(DISKS, false, false);
        PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.builder().readyToMigrate(false).build(),
                AutoConvergePolicy.decide(Optional.empty(), Optional.empty(), Optional.empty()), c.status());
        assertThat(v.message()).contains("VirtualMachine is not migratable, cannot be processed.");
    }
}
