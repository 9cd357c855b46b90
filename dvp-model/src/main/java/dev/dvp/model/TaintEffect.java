package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The effect of a node taint or of a toleration.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class TaintEffect extends OpenEnum<TaintEffect> {
  /** New pods that do not tolerate the taint are not scheduled onto the node. */
  public static final TaintEffect NO_SCHEDULE = new TaintEffect("NoSchedule", true);
  /** The scheduler tries to avoid the node. */
  public static final TaintEffect PREFER_NO_SCHEDULE = new TaintEffect("PreferNoSchedule", true);
  /** Pods that do not tolerate the taint are evicted. */
  public static final TaintEffect NO_EXECUTE = new TaintEffect("NoExecute", true);

  private static final OpenEnumMembers<TaintEffect> MEMBERS =
      new OpenEnumMembers<>(v -> new TaintEffect(v, false), NO_SCHEDULE, PREFER_NO_SCHEDULE, NO_EXECUTE);

  private TaintEffect(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "NoSchedule"}
   * @return the member
   */
  @JsonCreator
  public static TaintEffect of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<TaintEffect> knownValues() {
    return MEMBERS.known();
  }
}
