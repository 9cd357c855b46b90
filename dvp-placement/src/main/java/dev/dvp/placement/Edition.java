package dev.dvp.placement;

/**
 * The DVP edition, which decides whether placement changes of a running VM migrate it (R-A16): the feature gate
 * {@code AutoMigrationIfNodePlacementChanged} is locked on in EE and off in CE.
 */
public enum Edition {
  /** Community Edition: placement changes wait for a restart. */
  CE,
  /** Enterprise Edition: nodeSelector and affinity changes are applied at once and may migrate the VM. */
  EE
}
