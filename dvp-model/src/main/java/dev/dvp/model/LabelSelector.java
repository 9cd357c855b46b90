package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}, all of which must hold.
 * <p>An empty selector matches every object; where the absence of a selector matters (it matches nothing in
 * affinity terms), the model holds an {@code Optional<LabelSelector>}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLabelSelector.class)
@JsonDeserialize(as = ImmutableLabelSelector.class)
@JsonPropertyOrder({"matchLabels", "matchExpressions"})
public interface LabelSelector extends WithLabelSelector {
  /** @return labels that must be present with exactly these values */
  Map<String, String> matchLabels();

  /** @return requirements that must all hold */
  List<@Valid LabelSelectorRequirement> matchExpressions();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableLabelSelector.Builder builder() {
    return ImmutableLabelSelector.builder();
  }

  /**
   * Tells whether an object with these labels is selected, with Kubernetes' semantics.
   *
   * @param labels the object's labels
   * @return {@code true} when every label and every expression holds
   */
  default boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels().entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement requirement : matchExpressions()) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the selector has no label and no expression, so it selects everything.
   *
   * @return {@code true} for {@code {}}
   */
  @JsonIgnore
  default boolean isEmpty() {
    return matchLabels().isEmpty() && matchExpressions().isEmpty();
  }

  /**
   * Returns a selector of exact labels.
   *
   * @param labels the labels to match
   * @return the selector
   */
  static LabelSelector ofLabels(Map<String, String> labels) {
    return builder().putAllMatchLabels(labels).build();
  }
}
