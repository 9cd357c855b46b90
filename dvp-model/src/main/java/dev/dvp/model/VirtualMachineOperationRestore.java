package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The parameters of a Restore operation ({@code spec.restore}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationRestore.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationRestore.class)
@JsonPropertyOrder({"mode", "virtualMachineSnapshotName"})
public interface VirtualMachineOperationRestore extends WithVirtualMachineOperationRestore {
  /** @return how strictly the restore is carried out */
  @KnownValue
  VirtualMachineOperationSnapshotMode mode();

  /** @return the VirtualMachineSnapshot to restore from */
  @MinLength(1)
  String virtualMachineSnapshotName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationRestore.Builder builder() {
    return ImmutableVirtualMachineOperationRestore.builder();
  }
}
