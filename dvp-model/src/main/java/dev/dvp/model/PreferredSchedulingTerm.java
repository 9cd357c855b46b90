package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Maximum;
import dev.dvp.model.schema.Minimum;
import jakarta.validation.Valid;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A weighted node preference ({@code nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePreferredSchedulingTerm.class)
@JsonDeserialize(as = ImmutablePreferredSchedulingTerm.class)
@JsonPropertyOrder({"preference", "weight"})
public interface PreferredSchedulingTerm extends WithPreferredSchedulingTerm {
  /** @return the term a preferred node matches */
  @Valid NodeSelectorTerm preference();

  /** @return the weight, 1 to 100 */
  @Minimum(1)
  @Maximum(100)
  int weight();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePreferredSchedulingTerm.Builder builder() {
    return ImmutablePreferredSchedulingTerm.builder();
  }
}
