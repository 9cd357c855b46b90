package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One expression of a {@link LabelSelector}: a key, an operator and values.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLabelSelectorRequirement.class)
@JsonDeserialize(as = ImmutableLabelSelectorRequirement.class)
@JsonPropertyOrder({"key", "operator", "values"})
public interface LabelSelectorRequirement extends WithLabelSelectorRequirement {
  /** @return the label key */
  String key();

  /** @return {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist} */
  LabelSelectorOperator operator();

  /** @return the values for {@code In} and {@code NotIn}; empty for the others */
  List<String> values();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableLabelSelectorRequirement.Builder builder() {
    return ImmutableLabelSelectorRequirement.builder();
  }

  /**
   * Tells whether the requirement holds for an object with these labels.
   *
   * @param labels the object's labels
   * @return whether it holds; an unknown operator never holds
   */
  default boolean matches(Map<String, String> labels) {
    String value = labels.get(key());
    LabelSelectorOperator op = operator();
    if (op.equals(LabelSelectorOperator.IN)) {
      return value != null && values().contains(value);
    } else if (op.equals(LabelSelectorOperator.NOT_IN)) {
      return value == null || !values().contains(value);
    } else if (op.equals(LabelSelectorOperator.EXISTS)) {
      return value != null;
    } else if (op.equals(LabelSelectorOperator.DOES_NOT_EXIST)) {
      return value == null;
    }
    return false;
  }
}
