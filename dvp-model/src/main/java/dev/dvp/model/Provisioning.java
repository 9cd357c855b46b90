package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The initial provisioning of a VM ({@code spec.provisioning}): inline cloud-init, or a Secret with cloud-init or
 * Sysprep.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvisioning.class)
@JsonDeserialize(as = ImmutableProvisioning.class)
@JsonPropertyOrder({"type", "userData", "userDataRef", "sysprepRef"})
@Rules(ProvisioningRules.class)
public interface Provisioning extends WithProvisioning {
  /** @return {@code UserData}, {@code UserDataRef} or {@code SysprepRef} */
  @KnownValue
  ProvisioningType type();

  /** @return the inline cloud-init text (at most 2048 characters) */
  Optional<String> userData();

  /** @return the Secret holding cloud-init */
  Optional<@Valid ProvisioningRef> userDataRef();

  /** @return the Secret holding Sysprep files */
  Optional<@Valid ProvisioningRef> sysprepRef();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableProvisioning.Builder builder() {
    return ImmutableProvisioning.builder();
  }
}
