package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The CPU features of a class ({@code status.cpuFeatures}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpuFeatures.class)
@JsonDeserialize(as = ImmutableCpuFeatures.class)
@JsonPropertyOrder({"enabled", "notEnabledCommon"})
public interface CpuFeatures extends WithCpuFeatures {
  /** @return the features of the CPU */
  List<String> enabled();

  /** @return features common to the nodes but not enabled */
  List<String> notEnabledCommon();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCpuFeatures.Builder builder() {
    return ImmutableCpuFeatures.builder();
  }
}
