package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * VM statistics ({@code status.stats}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineStats.class)
@JsonDeserialize(as = ImmutableVirtualMachineStats.class)
@JsonPropertyOrder({"phasesTransitions", "launchTimeDuration", "lastStartTime"})
public interface VirtualMachineStats extends WithVirtualMachineStats {
  /** @return the phase history */
  List<@Valid PhaseTransition> phasesTransitions();

  /** @return how long the last launch took, by stage */
  Optional<@Valid LaunchTimeDuration> launchTimeDuration();

  /** @return when the VM last started running (RFC 3339) */
  Optional<String> lastStartTime();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineStats.Builder builder() {
    return ImmutableVirtualMachineStats.builder();
  }
}
