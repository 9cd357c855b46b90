package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The claim a MAC lease serves ({@code spec.virtualMachineMACAddressRef}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddressRef.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddressRef.class)
@JsonPropertyOrder({"name", "namespace"})
public interface VirtualMachineMACAddressRef extends WithVirtualMachineMACAddressRef {
  /** @return the claim's name */
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
  static ImmutableVirtualMachineMACAddressRef.Builder builder() {
    return ImmutableVirtualMachineMACAddressRef.builder();
  }

  /**
   * Returns a reference.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return the reference
   */
  static VirtualMachineMACAddressRef of(String namespace, String name) {
    return builder().namespace(namespace).name(name).build();
  }
}
