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
 * A USB device as attached ({@code status.usbDevices[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsbDeviceStatus.class)
@JsonDeserialize(as = ImmutableUsbDeviceStatus.class)
@JsonPropertyOrder({"name", "attached", "ready", "address", "hotplugged"})
public interface UsbDeviceStatus extends WithUsbDeviceStatus {
  /** @return the USBDevice's name */
  String name();

  /** @return whether it is attached */
  boolean attached();

  /** @return whether it is ready to use */
  boolean ready();

  /** @return its address inside the VM */
  Optional<@Valid UsbAddress> address();

  /** @return whether it was attached by hot-plug */
  Optional<Boolean> hotplugged();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableUsbDeviceStatus.Builder builder() {
    return ImmutableUsbDeviceStatus.builder();
  }
}
