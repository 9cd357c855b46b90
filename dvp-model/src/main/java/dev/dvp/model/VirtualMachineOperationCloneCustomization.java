package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Name changes applied to every cloned resource ({@code spec.clone.customization}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationCloneCustomization.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationCloneCustomization.class)
@JsonPropertyOrder({"namePrefix", "nameSuffix"})
@Rules(VirtualMachineOperationCloneCustomizationRules.class)
public interface VirtualMachineOperationCloneCustomization extends WithVirtualMachineOperationCloneCustomization {
  /** @return a prefix added to every cloned resource's name (1..59 characters) */
  Optional<String> namePrefix();

  /** @return a suffix added to every cloned resource's name (1..59 characters) */
  Optional<String> nameSuffix();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationCloneCustomization.Builder builder() {
    return ImmutableVirtualMachineOperationCloneCustomization.builder();
  }
}
