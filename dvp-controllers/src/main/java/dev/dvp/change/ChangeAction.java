package dev.dvp.change;

/**
 * What DVP must do to a running VM for a spec change to take effect, from least to most disruptive (the declaration
 * order; {@link #compareTo} ranks them as DVP's {@code ActionType} does).
 *
 * <p>Immutable and thread-safe.
 */
public enum ChangeAction {
  /** Nothing is done to the running VM; only the baseline is refreshed (e.g. {@code restartApprovalMode}). */
  NONE,
  /** The internal VM is updated in place: hot-plug, live migration, or a live-read field. */
  APPLY_IMMEDIATE,
  /** The change takes effect only after a restart; these are listed in {@code restartAwaitingChanges}. */
  RESTART;

  /**
   * Returns the more disruptive of two actions.
   *
   * @param other the other action
   * @return {@code this} or {@code other}, whichever ranks higher
   */
  public ChangeAction max(ChangeAction other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
