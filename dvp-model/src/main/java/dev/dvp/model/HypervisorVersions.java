package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hypervisor versions ({@code status.versions}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHypervisorVersions.class)
@JsonDeserialize(as = ImmutableHypervisorVersions.class)
@JsonPropertyOrder({"libvirt", "qemu"})
public interface HypervisorVersions extends WithHypervisorVersions {
  /** @return the libvirt version */
  Optional<String> libvirt();

  /** @return the QEMU version */
  Optional<String> qemu();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableHypervisorVersions.Builder builder() {
    return ImmutableHypervisorVersions.builder();
  }
}
