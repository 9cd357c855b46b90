package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The parameters of a Migrate operation ({@code spec.migrate}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationMigrate.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationMigrate.class)
@JsonPropertyOrder({"nodeSelector"})
public interface VirtualMachineOperationMigrate extends WithVirtualMachineOperationMigrate {
  /** @return labels the target node must carry (not in the Community Edition) */
  Map<String, String> nodeSelector();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationMigrate.Builder builder() {
    return ImmutableVirtualMachineOperationMigrate.builder();
  }
}
