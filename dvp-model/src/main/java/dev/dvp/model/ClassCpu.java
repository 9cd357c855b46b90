package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The virtual CPU of a class ({@code spec.cpu}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClassCpu.class)
@JsonDeserialize(as = ImmutableClassCpu.class)
@JsonPropertyOrder({"type", "model", "features", "discovery"})
@Rules(ClassCpuRules.class)
public interface ClassCpu extends WithClassCpu {
  /** @return {@code Host}, {@code HostPassthrough}, {@code Discovery}, {@code Model} or {@code Features} */
  @KnownValue
  CpuType type();

  /** @return the QEMU CPU model, for {@code Model} */
  Optional<@MinLength(1) String> model();

  /** @return the required CPU features, for {@code Features} */
  List<String> features();

  /** @return the nodes whose common features make the CPU, for {@code Discovery} */
  Optional<@Valid CpuDiscovery> discovery();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClassCpu.Builder builder() {
    return ImmutableClassCpu.builder();
  }
}
