package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One expression of a node selector term: a key, an operator ({@code In}, {@code NotIn}, {@code Exists},
 * {@code DoesNotExist}, {@code Gt}, {@code Lt}) and values.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeSelectorRequirement.class)
@JsonDeserialize(as = ImmutableNodeSelectorRequirement.class)
@JsonPropertyOrder({"key", "operator", "values"})
public interface NodeSelectorRequirement extends WithNodeSelectorRequirement {
  /** @return the label key (or field name in {@code matchFields}) */
  String key();

  /** @return the operator */
  NodeSelectorOperator operator();

  /** @return the values; exactly one integer for {@code Gt} and {@code Lt} */
  List<String> values();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeSelectorRequirement.Builder builder() {
    return ImmutableNodeSelectorRequirement.builder();
  }

  /**
   * Tells whether the requirement holds for a label value.
   *
   * @param value the node's value for {@link #key()}, or {@code null} when the node lacks it
   * @return whether it holds; {@code Gt}/{@code Lt} hold only when both sides are integers
   */
  default boolean matches(String value) {
    NodeSelectorOperator op = operator();
    if (op.equals(NodeSelectorOperator.IN)) {
      return value != null && values().contains(value);
    } else if (op.equals(NodeSelectorOperator.NOT_IN)) {
      return value == null || !values().contains(value);
    } else if (op.equals(NodeSelectorOperator.EXISTS)) {
      return value != null;
    } else if (op.equals(NodeSelectorOperator.DOES_NOT_EXIST)) {
      return value == null;
    } else if (op.equals(NodeSelectorOperator.GT) || op.equals(NodeSelectorOperator.LT)) {
      if (value == null || values().size() != 1) {
        return false;
      }
      try {
        long actual = Long.parseLong(value);
        long bound = Long.parseLong(values().get(0));
        return op.equals(NodeSelectorOperator.GT) ? actual > bound : actual < bound;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }
}
