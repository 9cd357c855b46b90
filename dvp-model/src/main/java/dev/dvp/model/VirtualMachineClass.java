package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DVP VirtualMachineClass: the CPU type, the nodes VMs of the class may run on, and the sizing policies that
 * bound their cores, memory and core fraction.
 * <p>Both served versions are read: {@code v1alpha2} (the storage version; {@code coreFractions} as integers) and
 * {@code v1alpha3} ({@code coreFractions} as {@code "N%"} strings). The {@code apiVersion} read is kept and written
 * back; {@link #API_VERSION} is the default for new objects.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineClass.class)
@JsonDeserialize(as = ImmutableVirtualMachineClass.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@Rules(VirtualMachineClassRules.class)
public interface VirtualMachineClass extends Resource, WithVirtualMachineClass {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineClass";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the desired state */
  @Valid VirtualMachineClassSpec spec();

  /** @return the observed state, set by DVP */
  Optional<@Valid VirtualMachineClassStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineClass.Builder builder() {
    return ImmutableVirtualMachineClass.builder();
  }

  /** The {@code apiVersion} of the newer served version, whose core fractions are {@code "N%"} strings. */
  String API_VERSION_V1ALPHA3 = "virtualization.deckhouse.io/v1alpha3";

  /**
   * The annotation that marks the cluster's default class; its value must be exactly {@code "true"}.
   */
  String DEFAULT_CLASS_ANNOTATION = "virtualmachineclass.virtualization.deckhouse.io/is-default-class";

  /**
   * Tells whether this class is annotated as the default class.
   *
   * @return {@code true} when the annotation's value is exactly {@code "true"}
   */
  @JsonIgnore
  default boolean isDefaultClass() {
    return "true".equals(metadata().annotations().get(DEFAULT_CLASS_ANNOTATION));
  }
}
