package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CPU recommendation of the autoscaler.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendedCpu.class)
@JsonDeserialize(as = ImmutableRecommendedCpu.class)
@JsonPropertyOrder({"coreFraction"})
public interface RecommendedCpu extends WithRecommendedCpu {
  /** @return the recommended core fraction */
  Optional<@Pattern("^(100|[1-9][0-9]?)%$") String> coreFraction();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableRecommendedCpu.Builder builder() {
    return ImmutableRecommendedCpu.builder();
  }
}
