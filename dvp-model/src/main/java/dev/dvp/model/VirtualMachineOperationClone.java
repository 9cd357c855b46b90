package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of a Clone operation ({@code spec.clone}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationClone.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationClone.class)
@JsonPropertyOrder({"customization", "mode", "nameReplacement"})
@Rules(VirtualMachineOperationCloneRules.class)
public interface VirtualMachineOperationClone extends WithVirtualMachineOperationClone {
  /** @return a prefix and/or suffix added to the names of cloned resources */
  Optional<@Valid VirtualMachineOperationCloneCustomization> customization();

  /** @return how strictly the clone is carried out */
  @KnownValue
  VirtualMachineOperationSnapshotMode mode();

  /** @return renames of individual cloned resources */
  List<@Valid VirtualMachineOperationNameReplacement> nameReplacement();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationClone.Builder builder() {
    return ImmutableVirtualMachineOperationClone.builder();
  }
}
