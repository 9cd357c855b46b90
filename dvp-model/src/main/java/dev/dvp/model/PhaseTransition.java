package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of a VM's phase history.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhaseTransition.class)
@JsonDeserialize(as = ImmutablePhaseTransition.class)
@JsonPropertyOrder({"phase", "timestamp"})
public interface PhaseTransition extends WithPhaseTransition {
  /** @return the phase entered */
  @KnownValue
  VirtualMachinePhase phase();

  /** @return when (RFC 3339) */
  String timestamp();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePhaseTransition.Builder builder() {
    return ImmutablePhaseTransition.builder();
  }
}
