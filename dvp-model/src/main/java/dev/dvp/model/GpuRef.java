package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MaxLength;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A GPU to attach ({@code spec.gpus[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGpuRef.class)
@JsonDeserialize(as = ImmutableGpuRef.class)
@JsonPropertyOrder({"gpuClassName"})
public interface GpuRef extends WithGpuRef {
  /** @return the GPUClass name */
  @MinLength(1)
  @MaxLength(253)
  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
  String gpuClassName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableGpuRef.Builder builder() {
    return ImmutableGpuRef.builder();
  }
}
