package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VM that uses a {@link VirtualDisk} ({@code status.attachedToVirtualMachines[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachedVirtualMachine.class)
@JsonDeserialize(as = ImmutableAttachedVirtualMachine.class)
@JsonPropertyOrder({"mounted", "name"})
public interface AttachedVirtualMachine extends WithAttachedVirtualMachine {
  /** @return whether the VM currently uses the disk */
  Optional<Boolean> mounted();

  /** @return the VM's name */
  Optional<String> name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableAttachedVirtualMachine.Builder builder() {
    return ImmutableAttachedVirtualMachine.builder();
  }
}
