package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Maximum;
import dev.dvp.model.schema.Minimum;
import dev.dvp.model.schema.Rules;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The range of cores a {@link SizingPolicy} applies to.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoresRange.class)
@JsonDeserialize(as = ImmutableCoresRange.class)
@JsonPropertyOrder({"min", "max", "step"})
@Rules(CoresRangeRules.class)
public interface CoresRange extends WithCoresRange {
  /** @return the smallest core count */
  @Minimum(1)
  int min();

  /** @return the largest core count */
  @Maximum(1024)
  int max();

  /** @return the step between allowed core counts, from {@code min} */
  Optional<@Minimum(1) Integer> step();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCoresRange.Builder builder() {
    return ImmutableCoresRange.builder();
  }
}
