package dev.dvp.placement;

import dev.dvp.model.VirtualMachineOperation;
import java.util.Optional;

/**
 * The outcome of re-checking a running VM after a placement change.
 *
 * @param verdict what DVP does
 * @param code which condition decided, as a stable code (one of the constants of this record, e.g.
 *     {@value #PLACEMENT_ALREADY_TRIED})
 * @param reason the same in words, e.g. {@code this placement was already tried once
 *     (workload-update-node-placement-sum matches)}
 * @param virtualMachine {@code namespace/name}
 * @param currentNode the node the VM runs on
 * @param currentNodeRejection why the current node no longer fits; empty when it does
 * @param operation the Evict operation DVP creates ({@code generateName: nodeplacement-update-}), for
 *     {@link RecheckVerdict#WILL_MIGRATE}
 * @param target where the migration target pod would be scheduled, when the VM must move in EE
 * @param placementSum the MD5 DVP records in {@code workload-update-node-placement-sum} (computed over the SDK's
 *     JSON of nodeSelector and affinity, so equal placements give equal sums, but it is not byte-identical to the
 *     value DVP's Go code writes)
 * @param snapshotId the inventory snapshot used
 */
public record Recheck(RecheckVerdict verdict, String code, String reason, String virtualMachine, String currentNode,
    Optional<NodeRejection> currentNodeRejection, Optional<VirtualMachineOperation> operation,
    Optional<Placement> target, String placementSum, String snapshotId) {
  /** Code ({@link RecheckVerdict#STAYS}): no placement field of the VM or its class changed. */
  public static final String NO_PLACEMENT_CHANGE = "noPlacementChange";
  /** Code ({@link RecheckVerdict#NEEDS_RESTART}): {@code topologySpreadConstraints} or {@code priorityClassName} changed. */
  public static final String RESTART_ONLY_CHANGE = "restartOnlyChange";
  /** Code ({@link RecheckVerdict#NEEDS_RESTART}): feature gate {@code AutoMigrationIfNodePlacementChanged} is off (CE). */
  public static final String AUTO_MIGRATION_OFF = "autoMigrationOff";
  /** Code ({@link RecheckVerdict#STAYS}): the current node meets the new requirements. */
  public static final String CURRENT_NODE_FITS = "currentNodeFits";
  /** Code ({@link RecheckVerdict#NO_LONGER_FITS_NO_ACTION}): only tolerations changed, which never migrates. */
  public static final String TOLERATIONS_ONLY = "tolerationsOnly";
  /** Code ({@link RecheckVerdict#NO_LONGER_FITS_NO_ACTION}): the VM is not live-migratable. */
  public static final String NOT_MIGRATABLE = "notMigratable";
  /** Code ({@link RecheckVerdict#WAITS}): a volume change or migration runs or ended less than a minute ago. */
  public static final String MIGRATION_IN_PROGRESS = "migrationInProgress";
  /** Code ({@link RecheckVerdict#NO_LONGER_FITS_NO_ACTION}): this placement sum was already tried once. */
  public static final String PLACEMENT_ALREADY_TRIED = "placementAlreadyTried";
  /** Code ({@link RecheckVerdict#WAITS}): another migration operation the workload updater did not create is pending. */
  public static final String OTHER_MIGRATION_PENDING = "otherMigrationPending";
  /** Code ({@link RecheckVerdict#WILL_MIGRATE}): DVP creates an Evict operation. */
  public static final String EVICT_CREATED = "evictCreated";
}
