package dev.dvp.placement;

/** What DVP does with a running VM after its placement parameters changed
 * ({@code images/virtualization-artifact/pkg/controller/workload-updater/internal/handler/nodeplacement.go}). */
public enum RecheckVerdict {
  /** The VM's node still satisfies the new constraints: it stays. */
  STAYS,
  /** EE: DVP creates an Evict VirtualMachineOperation {@code nodeplacement-update-*}; the VM live-migrates. */
  WILL_MIGRATE,
  /** EE: the VM must move but the workload updater waits (a migration or volume change runs, or ended less than 1 min ago, or another migration VMOP is pending). */
  WAITS,
  /** CE, or a topology-spread / priority-class change: the new constraints apply at the next restart. */
  NEEDS_RESTART,
  /** The VM no longer fits its node but DVP will not act (toleration-only change, placement already tried, not migratable). */
  NO_LONGER_FITS_NO_ACTION
}
