package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Minimum;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CPU settings of a VM ({@code spec.cpu}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpu.class)
@JsonDeserialize(as = ImmutableCpu.class)
@JsonPropertyOrder({"cores", "coreFraction"})
public interface Cpu extends WithCpu {
  /** @return the number of vCPU cores */
  @Minimum(1)
  int cores();

  /** @return the guaranteed share of CPU time, {@code "5%"} to {@code "100%"} or {@code Auto}; DVP defaults it from the class */
  Optional<@Pattern("^(Auto|(100|[1-9][0-9]?)%)$") String> coreFraction();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCpu.Builder builder() {
    return ImmutableCpu.builder();
  }

  /**
   * Returns CPU settings with a number of cores and no core fraction.
   *
   * @param cores the number of cores
   * @return the settings
   */
  static Cpu of(int cores) {
    return builder().cores(cores).build();
  }

  /**
   * Returns CPU settings with a number of cores and a core fraction.
   *
   * @param cores the number of cores
   * @param coreFraction the core fraction, e.g. {@code "20%"}
   * @return the settings
   */
  static Cpu of(int cores, String coreFraction) {
    return builder().cores(cores).coreFraction(coreFraction).build();
  }
}
