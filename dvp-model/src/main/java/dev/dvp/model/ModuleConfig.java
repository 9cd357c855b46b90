package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Deckhouse module's configuration ({@code ModuleConfig}, {@code deckhouse.io/v1alpha1}, cluster-scoped). The one
 * named {@code virtualization} configures DVP; its {@code spec.settings.virtualMachineCIDRs} is the VM IP pool.
 * <pre>{@code
 * ModuleConfig mc = ModuleConfig.builder()
 *     .metadata(ObjectMeta.named(ModuleConfig.VIRTUALIZATION))
 *     .spec(ModuleConfigSpec.builder()
 *         .enabled(true)
 *         .version(1)
 *         .putSetting("virtualMachineCIDRs", List.of("10.66.10.0/24", "10.66.20.0/24"))
 *         .build())
 *     .build();
 * List<String> cidrs = mc.spec().virtualMachineCIDRs();
 * }</pre>
 * <p>{@code spec.settings} is kept verbatim as read (maps, lists, strings, numbers, booleans); typed accessors on
 * {@link ModuleConfigSpec} read the settings DVP's rules use.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModuleConfig.class)
@JsonDeserialize(as = ImmutableModuleConfig.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface ModuleConfig extends Resource, WithModuleConfig {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "deckhouse.io/v1alpha1";

  /** The {@code kind}. */
  String KIND = "ModuleConfig";

  /** The name of the ModuleConfig of DVP's module. */
  String VIRTUALIZATION = "virtualization";

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

  /** @return whether the module is on, its settings' schema version and the settings */
  @Value.Default
  @Valid
  default ModuleConfigSpec spec() {
    return ModuleConfigSpec.builder().build();
  }

  /** @return what Deckhouse reports: the settings' schema version in use and a message */
  Optional<ModuleConfigStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableModuleConfig.Builder builder() {
    return ImmutableModuleConfig.builder();
  }
}
