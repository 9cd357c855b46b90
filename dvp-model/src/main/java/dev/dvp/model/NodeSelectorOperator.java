package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The operator of a node selector requirement ({@code nodeSelectorTerms[].matchExpressions[].operator}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class NodeSelectorOperator extends OpenEnum<NodeSelectorOperator> {
  /** The label's value is one of the values. */
  public static final NodeSelectorOperator IN = new NodeSelectorOperator("In", true);
  /** The label is absent or its value is none of the values. */
  public static final NodeSelectorOperator NOT_IN = new NodeSelectorOperator("NotIn", true);
  /** The label is present. */
  public static final NodeSelectorOperator EXISTS = new NodeSelectorOperator("Exists", true);
  /** The label is absent. */
  public static final NodeSelectorOperator DOES_NOT_EXIST = new NodeSelectorOperator("DoesNotExist", true);
  /** The label's value, read as an integer, is greater than the single value. */
  public static final NodeSelectorOperator GT = new NodeSelectorOperator("Gt", true);
  /** The label's value, read as an integer, is less than the single value. */
  public static final NodeSelectorOperator LT = new NodeSelectorOperator("Lt", true);

  private static final OpenEnumMembers<NodeSelectorOperator> MEMBERS =
      new OpenEnumMembers<>(v -> new NodeSelectorOperator(v, false), IN, NOT_IN, EXISTS, DOES_NOT_EXIST, GT, LT);

  private NodeSelectorOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "In"}
   * @return the member
   */
  @JsonCreator
  public static NodeSelectorOperator of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<NodeSelectorOperator> knownValues() {
    return MEMBERS.known();
  }
}
