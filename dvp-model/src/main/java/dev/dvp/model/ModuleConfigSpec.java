package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of a Deckhouse module ({@code ModuleConfig.spec}): on or off, the settings' schema version and
 * the settings themselves, kept verbatim.
 *
 * <p>Validation checks the settings DVP's rules read: {@code virtualMachineCIDRs} must be a non-empty array of
 * strings (the module's {@code config-values} schema); whether each string is a valid CIDR is the IPAM module's
 * concern ({@code dev.dvp.ipam}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModuleConfigSpec.class)
@JsonDeserialize(as = ImmutableModuleConfigSpec.class)
@JsonPropertyOrder({"enabled", "maintenance", "version", "settings", "updatePolicy", "source"})
@Rules(ModuleConfigSpecRules.class)
public interface ModuleConfigSpec extends WithModuleConfigSpec {
  /** The setting that lists the VM IP pool's subnets. */
  String VIRTUAL_MACHINE_CIDRS = "virtualMachineCIDRs";

  /** The setting that lists enabled feature gates. */
  String FEATURE_GATES = "featureGates";

  /** @return whether the module is enabled; absent leaves it to the module's default */
  Optional<Boolean> enabled();

  /** @return the version of the settings' schema */
  Optional<Integer> version();

  /** @return the settings as read: maps, lists, strings, numbers and booleans */
  Map<String, Object> settings();

  /**
   * @return the module's maintenance mode: {@code NoResourceReconciliation} stops Deckhouse from reconciling the
   *     module's resources
   */
  Optional<String> maintenance();

  /** @return the name of the ModuleUpdatePolicy that governs the module's updates */
  Optional<String> updatePolicy();

  /** @return the ModuleSource that provides the module, for modules from a source */
  Optional<String> source();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableModuleConfigSpec.Builder builder() {
    return ImmutableModuleConfigSpec.builder();
  }

  /**
   * Returns the VM IP pool's subnets ({@code settings.virtualMachineCIDRs}), in the configured order, which DVP's
   * allocator follows.
   *
   * @return the CIDRs as written; empty when the setting is absent (DVP then forbids VirtualMachineIPAddresses).
   *     Items that are not strings are left out; validation reports them
   */
  @JsonIgnore
  default List<String> virtualMachineCIDRs() {
    return strings(VIRTUAL_MACHINE_CIDRS);
  }

  /**
   * Returns the enabled feature gates ({@code settings.featureGates}).
   *
   * @return the gate names as written; empty when absent
   */
  @JsonIgnore
  default List<String> featureGates() {
    return strings(FEATURE_GATES);
  }

  /**
   * Returns the module's default VirtualDisk storage class ({@code settings.virtualDisks.defaultStorageClassName}).
   *
   * @return the class name; empty when the setting is absent, empty or not a string
   */
  @JsonIgnore
  default Optional<String> defaultVirtualDiskStorageClass() {
    return nonEmptyText(setting("virtualDisks", "defaultStorageClassName"));
  }

  /**
   * Returns the module's default VirtualImage storage class ({@code settings.virtualImages.defaultStorageClassName}).
   *
   * @return the class name; empty when the setting is absent, empty or not a string
   */
  @JsonIgnore
  default Optional<String> defaultVirtualImageStorageClass() {
    return nonEmptyText(setting("virtualImages", "defaultStorageClassName"));
  }

  /**
   * Returns a setting by its path below {@code settings}, e.g. {@code setting("virtualDisks",
   * "defaultStorageClassName")}.
   *
   * @param path the keys, outermost first; at least one
   * @return the value as read (a map, list, string, number or boolean), if every key on the path is present
   * @throws IllegalArgumentException if no key is given
   */
  default Optional<Object> setting(String... path) {
    if (path.length == 0) {
      throw new IllegalArgumentException("setting(..) needs at least one key, e.g. \"virtualMachineCIDRs\"");
    }
    Object current = settings();
    for (String key : path) {
      if (!(current instanceof Map)) {
        return Optional.empty();
      }
      current = ((Map<?, ?>) current).get(key);
    }
    return Optional.ofNullable(current);
  }

  private static Optional<String> nonEmptyText(Optional<Object> value) {
    return value.filter(String.class::isInstance).map(String.class::cast).filter(t -> !t.isEmpty());
  }

  private List<String> strings(String key) {
    Object value = settings().get(key);
    if (!(value instanceof List)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (item instanceof String) {
        out.add((String) item);
      }
    }
    return List.copyOf(out);
  }
}
