package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A USB device to attach ({@code spec.usbDevices[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsbDeviceRef.class)
@JsonDeserialize(as = ImmutableUsbDeviceRef.class)
@JsonPropertyOrder({"name"})
public interface UsbDeviceRef extends WithUsbDeviceRef {
  /** @return the USBDevice's name in the VM's namespace */
  @MinLength(1)
  String name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableUsbDeviceRef.Builder builder() {
    return ImmutableUsbDeviceRef.builder();
  }
}
