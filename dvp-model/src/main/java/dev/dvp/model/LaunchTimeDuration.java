package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long each stage of the last launch took (Go durations such as {@code 1m5s}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLaunchTimeDuration.class)
@JsonDeserialize(as = ImmutableLaunchTimeDuration.class)
@JsonPropertyOrder({"waitingForDependencies", "virtualMachineStarting", "guestOSAgentStarting"})
public interface LaunchTimeDuration extends WithLaunchTimeDuration {
  /** @return from Pending to Starting */
  Optional<String> waitingForDependencies();

  /** @return from Starting to Running */
  Optional<String> virtualMachineStarting();

  /** @return from Running to the guest agent being ready */
  Optional<String> guestOSAgentStarting();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableLaunchTimeDuration.Builder builder() {
    return ImmutableLaunchTimeDuration.builder();
  }
}
