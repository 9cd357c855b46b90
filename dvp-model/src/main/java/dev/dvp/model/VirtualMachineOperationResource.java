package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One resource a restore or clone operation handles ({@code status.resources[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationResource.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationResource.class)
@JsonPropertyOrder({"apiVersion", "kind", "message", "name", "status"})
public interface VirtualMachineOperationResource extends WithVirtualMachineOperationResource {
  /** @return the resource's apiVersion */
  String apiVersion();

  /** @return the resource's kind */
  String kind();

  /** @return what happened to it */
  String message();

  /** @return the resource's name */
  String name();

  /** @return its progress */
  @KnownValue
  VirtualMachineOperationResourceStatus status();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationResource.Builder builder() {
    return ImmutableVirtualMachineOperationResource.builder();
  }
}
