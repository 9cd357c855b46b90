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
 * A DVP virtual machine ({@code VirtualMachine}, {@code virtualization.deckhouse.io/v1alpha2}).
 * <pre>{@code
 * VirtualMachine vm = VirtualMachine.builder()
 *     .metadata(ObjectMeta.of("linux-vm", "default"))
 *     .spec(VirtualMachineSpec.builder()
 *         .virtualMachineClassName("host")
 *         .cpu(Cpu.of(1))
 *         .memory(Memory.of(Quantity.parse("1Gi")))
 *         .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-root"))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachine.class)
@JsonDeserialize(as = ImmutableVirtualMachine.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachine extends Resource, WithVirtualMachine {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachine";

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

  /** @return the desired state */
  @Valid VirtualMachineSpec spec();

  /** @return the observed state, set by DVP */
  Optional<@Valid VirtualMachineStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachine.Builder builder() {
    return ImmutableVirtualMachine.builder();
  }
}
