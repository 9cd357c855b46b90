package dev.dvp.sizing;

/**
 * The stable codes of the violations this module reports ({@link dev.dvp.model.Violation#code()}), one per rule,
 * so that tools can tell the rules apart without reading messages.
 */
public final class SizingCodes {
  private SizingCodes() {}

  /** The VM's cores fall in no policy's range. */
  public static final String NO_MATCH = "sizingPolicy.noMatch";
  /** The coreFraction is not among the policy's. */
  public static final String CORE_FRACTION = "sizingPolicy.coreFraction";
  /** The coreFraction cannot be read as a number. */
  public static final String CORE_FRACTION_UNPARSABLE = "sizingPolicy.coreFractionUnparsable";
  /** The cores are off the policy's step grid. */
  public static final String CORES_STEP = "sizingPolicy.coresStep";
  /** The memory is outside the policy's min/max. */
  public static final String MEMORY_RANGE = "sizingPolicy.memoryRange";
  /** The memory is off the policy's step grid. */
  public static final String MEMORY_STEP = "sizingPolicy.memoryStep";
  /** The memory per core is outside the policy's perCore bounds. */
  public static final String PER_CORE_MEMORY_RANGE = "sizingPolicy.perCoreMemoryRange";
  /** The memory per core is off the step grid. */
  public static final String PER_CORE_MEMORY_STEP = "sizingPolicy.perCoreMemoryStep";
  /** The class does not exist: a warning at admission. */
  public static final String CLASS_NOT_FOUND = "sizingPolicy.classNotFound";
  /** The coreFraction defaulter could not pick a value. */
  public static final String DEFAULTER = "coreFractionDefault";
  /** The prerequisites of {@code coreFraction: Auto} are not met. */
  public static final String AUTO = "coreFractionAuto";
  /** The SDK's advice on the nearest valid configuration (not DVP's; a warning with an {@code sdk.} code). */
  public static final String ADVICE = "sdk.sizing.advice";
}
