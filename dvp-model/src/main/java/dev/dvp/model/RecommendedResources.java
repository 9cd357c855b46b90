package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Resources recommended by the autoscaler ({@code status.recommendedResources}, EE).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendedResources.class)
@JsonDeserialize(as = ImmutableRecommendedResources.class)
@JsonPropertyOrder({"cpu"})
public interface RecommendedResources extends WithRecommendedResources {
  /** @return the CPU recommendation */
  Optional<@Valid RecommendedCpu> cpu();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableRecommendedResources.Builder builder() {
    return ImmutableRecommendedResources.builder();
  }
}
