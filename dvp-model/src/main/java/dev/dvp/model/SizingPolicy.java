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
 * A sizing policy ({@code spec.sizingPolicies[]}): for VMs whose core count falls in {@code cores}, the allowed
 * memory, core fractions and step.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSizingPolicy.class)
@JsonDeserialize(as = ImmutableSizingPolicy.class)
@JsonPropertyOrder({"cores", "memory", "coreFractions", "dedicatedCores", "defaultCoreFraction"})
public interface SizingPolicy extends WithSizingPolicy {
  /** @return the core range the policy applies to */
  @Valid CoresRange cores();

  /** @return the memory bounds */
  Optional<@Valid MemoryPolicy> memory();

  /** @return the allowed core fractions: integers in {@code v1alpha2}, {@code "N%"} in {@code v1alpha3} */
  List<IntOrString> coreFractions();

  /** @return whether dedicated cores are allowed */
  List<Boolean> dedicatedCores();

  /** @return the core fraction given to VMs that set none: a number or {@code Auto} in {@code v1alpha2}, {@code "N%"} or {@code Auto} in {@code v1alpha3} */
  Optional<IntOrString> defaultCoreFraction();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableSizingPolicy.Builder builder() {
    return ImmutableSizingPolicy.builder();
  }
}
