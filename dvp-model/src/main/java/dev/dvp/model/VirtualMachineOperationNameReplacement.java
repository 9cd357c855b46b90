package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MinLength;
import jakarta.validation.Valid;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A rename of one resource during a clone ({@code spec.clone.nameReplacement[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationNameReplacement.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationNameReplacement.class)
@JsonPropertyOrder({"from", "to"})
public interface VirtualMachineOperationNameReplacement extends WithVirtualMachineOperationNameReplacement {
  /** @return the resource to rename */
  @Valid VirtualMachineOperationNameReplacementFrom from();

  /** @return its new name (1..59 characters) */
  @MinLength(1)
  String to();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationNameReplacement.Builder builder() {
    return ImmutableVirtualMachineOperationNameReplacement.builder();
  }
}
