package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The resource a clone rename applies to ({@code spec.clone.nameReplacement[].from}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationNameReplacementFrom.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationNameReplacementFrom.class)
@JsonPropertyOrder({"kind", "name"})
public interface VirtualMachineOperationNameReplacementFrom extends WithVirtualMachineOperationNameReplacementFrom {
  /** @return the resource kind; any kind when absent */
  Optional<@MinLength(1) String> kind();

  /** @return the resource name */
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
  static ImmutableVirtualMachineOperationNameReplacementFrom.Builder builder() {
    return ImmutableVirtualMachineOperationNameReplacementFrom.builder();
  }
}
