package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A pod of the VM ({@code status.virtualMachinePods[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachinePod.class)
@JsonDeserialize(as = ImmutableVirtualMachinePod.class)
@JsonPropertyOrder({"name", "active"})
public interface VirtualMachinePod extends WithVirtualMachinePod {
  /** @return the pod's name */
  String name();

  /** @return whether it is the current working pod */
  boolean active();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachinePod.Builder builder() {
    return ImmutableVirtualMachinePod.builder();
  }
}
