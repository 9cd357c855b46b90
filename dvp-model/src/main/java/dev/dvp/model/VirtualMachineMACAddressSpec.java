package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The requested address of a {@link VirtualMachineMACAddress} ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddressSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddressSpec.class)
@JsonPropertyOrder({"address"})
public interface VirtualMachineMACAddressSpec extends WithVirtualMachineMACAddressSpec {
  /** @return the requested MAC address ({@code :} or {@code -} separated, any case); generated when absent */
  Optional<@Pattern("^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$") String> address();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineMACAddressSpec.Builder builder() {
    return ImmutableVirtualMachineMACAddressSpec.builder();
  }
}
