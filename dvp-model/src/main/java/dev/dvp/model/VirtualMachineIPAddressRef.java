package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The claim a lease serves ({@code spec.virtualMachineIPAddressRef}). A released lease keeps the namespace and has an
 * empty name.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressRef.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressRef.class)
@JsonPropertyOrder({"name", "namespace"})
public interface VirtualMachineIPAddressRef extends WithVirtualMachineIPAddressRef {
  /** @return the claim's name; empty once the lease is released */
  String name();

  /** @return the claim's namespace */
  String namespace();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddressRef.Builder builder() {
    return ImmutableVirtualMachineIPAddressRef.builder();
  }

  /**
   * Returns a reference.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return the reference
   */
  static VirtualMachineIPAddressRef of(String namespace, String name) {
    return builder().namespace(namespace).name(name).build();
  }
}
