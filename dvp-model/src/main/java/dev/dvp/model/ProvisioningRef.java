package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to the Secret holding provisioning data ({@code userDataRef}, {@code sysprepRef}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvisioningRef.class)
@JsonDeserialize(as = ImmutableProvisioningRef.class)
@JsonPropertyOrder({"kind", "name"})
public interface ProvisioningRef extends WithProvisioningRef {
  /** @return the kind; only (and by default) {@code Secret} */
  Optional<@KnownValue ProvisioningRefKind> kind();

  /** @return the Secret's name */
  @MinLength(1)
  String name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableProvisioningRef.Builder builder() {
    return ImmutableProvisioningRef.builder();
  }

  /**
   * Returns a reference to a Secret.
   *
   * @param name the Secret's name
   * @return the reference, with {@code kind} left to its default
   */
  static ProvisioningRef secret(String name) {
    return builder().name(name).build();
  }
}
