package dev.dvp.change;

/**
 * The kind of a field change, written as {@code operation} in {@code restartAwaitingChanges}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ChangeOperation {
  /** The baseline had no value and the spec has one: only {@code desiredValue} is shown. */
  ADD("add"),
  /** The baseline had a value and the spec has none: only {@code currentValue} is shown. */
  REMOVE("remove"),
  /** Both have values and they differ: both are shown. */
  REPLACE("replace");

  private final String wire;

  ChangeOperation(String wire) {
    this.wire = wire;
  }

  /**
   * Returns the text DVP writes.
   *
   * @return {@code add}, {@code remove} or {@code replace}
   */
  public String wireValue() {
    return wire;
  }
}
