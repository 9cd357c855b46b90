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
 * An operation on a virtual machine ({@code VirtualMachineOperation}, {@code virtualization.deckhouse.io/v1alpha2}):
 * start, stop, restart, migrate, evict, restore or clone, the equivalent of {@code d8 v start|stop|restart|evict}.
 * <pre>{@code
 * VirtualMachineOperation op = VirtualMachineOperation.builder()
 *     .metadata(ObjectMeta.of("restart-linux-vm", "default"))
 *     .spec(VirtualMachineOperationSpec.builder()
 *         .type(VirtualMachineOperationType.RESTART)
 *         .virtualMachineName("linux-vm")
 *         .build())
 *     .build();
 * }</pre>
 * <p>The spec is immutable once created (the CRD's {@code .spec is immutable} rule, checked by admission on UPDATE).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperation.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperation.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineOperation extends Resource, WithVirtualMachineOperation {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineOperation";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the operation to perform */
  @Valid VirtualMachineOperationSpec spec();

  /** @return the progress, set by DVP */
  Optional<@Valid VirtualMachineOperationStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperation.Builder builder() {
    return ImmutableVirtualMachineOperation.builder();
  }
}
