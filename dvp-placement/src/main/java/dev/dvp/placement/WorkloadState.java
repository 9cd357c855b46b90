package dev.dvp.placement;

import java.time.Instant;
import java.util.Optional;

/**
 * What DVP's workload updater looks at before it migrates a VM whose placement changed
 * ({@code images/virtualization-artifact/pkg/controller/workload-updater/internal/handler/nodeplacement.go}).
 *
 * @param liveMigratable the VMI's {@code IsMigratable} (or {@code IsStorageLiveMigratable} for local disks) is True
 * @param volumeChangeInProgress a volume change or volume migration is in progress
 * @param migrationRunning a live migration of the VM is running
 * @param lastMigrationEnded when the last migration ended, if any (the updater waits one minute after it)
 * @param recordedPlacementSum the VMI annotation {@code virtualization.deckhouse.io/workload-update-node-placement-sum}
 * @param foreignMigrationPending an unfinished migration-type VMOP exists that the workload updater did not create
 */
public record WorkloadState(boolean liveMigratable, boolean volumeChangeInProgress, boolean migrationRunning,
    Optional<Instant> lastMigrationEnded, Optional<String> recordedPlacementSum, boolean foreignMigrationPending) {
  /**
   * Returns the state of a migratable VM with nothing in progress and no earlier attempt.
   *
   * @return the idle state
   */
  public static WorkloadState idle() {
    return new WorkloadState(true, false, false, Optional.empty(), Optional.empty(), false);
  }
}
