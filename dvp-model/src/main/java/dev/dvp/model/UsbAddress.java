package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The USB address of a device inside the VM.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsbAddress.class)
@JsonDeserialize(as = ImmutableUsbAddress.class)
@JsonPropertyOrder({"bus", "port"})
public interface UsbAddress extends WithUsbAddress {
  /** @return the bus number */
  int bus();

  /** @return the port number */
  int port();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableUsbAddress.Builder builder() {
    return ImmutableUsbAddress.builder();
  }
}
