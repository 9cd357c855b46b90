package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The operator of a label selector requirement ({@code matchExpressions[].operator}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class LabelSelectorOperator extends OpenEnum<LabelSelectorOperator> {
  /** The label's value is one of the values. */
  public static final LabelSelectorOperator IN = new LabelSelectorOperator("In", true);
  /** The label is absent or its value is none of the values. */
  public static final LabelSelectorOperator NOT_IN = new LabelSelectorOperator("NotIn", true);
  /** The label is present. */
  public static final LabelSelectorOperator EXISTS = new LabelSelectorOperator("Exists", true);
  /** The label is absent. */
  public static final LabelSelectorOperator DOES_NOT_EXIST = new LabelSelectorOperator("DoesNotExist", true);

  private static final OpenEnumMembers<LabelSelectorOperator> MEMBERS =
      new OpenEnumMembers<>(v -> new LabelSelectorOperator(v, false), IN, NOT_IN, EXISTS, DOES_NOT_EXIST);

  private LabelSelectorOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "In"}
   * @return the member
   */
  @JsonCreator
  public static LabelSelectorOperator of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<LabelSelectorOperator> knownValues() {
    return MEMBERS.known();
  }
}
