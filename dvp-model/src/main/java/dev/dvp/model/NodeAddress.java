package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An address of a {@link Node} ({@code status.addresses[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeAddress.class)
@JsonDeserialize(as = ImmutableNodeAddress.class)
@JsonPropertyOrder({"type", "address"})
public interface NodeAddress extends WithNodeAddress {
  /** @return {@code Hostname}, {@code InternalIP}, {@code ExternalIP}, ... */
  String type();

  /** @return the address */
  String address();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeAddress.Builder builder() {
    return ImmutableNodeAddress.builder();
  }
}
