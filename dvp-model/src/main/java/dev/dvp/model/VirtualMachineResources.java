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
 * The resources the VM uses ({@code status.resources}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineResources.class)
@JsonDeserialize(as = ImmutableVirtualMachineResources.class)
@JsonPropertyOrder({"cpu", "memory"})
public interface VirtualMachineResources extends WithVirtualMachineResources {
  /** @return the CPU */
  Optional<@Valid CpuResources> cpu();

  /** @return the memory */
  Optional<@Valid MemoryResources> memory();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineResources.Builder builder() {
    return ImmutableVirtualMachineResources.builder();
  }
}
