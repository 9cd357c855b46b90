package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link VirtualMachineOperation} does ({@code spec}), in the CRD's field order.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationSpec.class)
@JsonPropertyOrder({"clone", "force", "migrate", "restore", "type", "virtualMachineName"})
@Rules(VirtualMachineOperationSpecRules.class)
public interface VirtualMachineOperationSpec extends WithVirtualMachineOperationSpec {
  /** @return the clone parameters; required for {@code type: Clone} */
  Optional<@Valid VirtualMachineOperationClone> clone();

  /** @return whether Restart/Stop act immediately, or Evict/Migrate use AutoConverge; never for Start */
  Optional<Boolean> force();

  /** @return the migration parameters; only for {@code type: Migrate} */
  Optional<@Valid VirtualMachineOperationMigrate> migrate();

  /** @return the restore parameters; required for {@code type: Restore} */
  Optional<@Valid VirtualMachineOperationRestore> restore();

  /** @return the operation type */
  @KnownValue
  VirtualMachineOperationType type();

  /** @return the name of the VM in the operation's namespace */
  @MinLength(1)
  String virtualMachineName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationSpec.Builder builder() {
    return ImmutableVirtualMachineOperationSpec.builder();
  }

  /** @return {@link #force()}, or {@code false} when absent */
  @JsonIgnore
  default boolean forceOrDefault() {
    return force().orElse(false);
  }
}
