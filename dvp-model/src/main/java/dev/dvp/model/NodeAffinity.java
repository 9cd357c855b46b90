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
 * Node affinity ({@code affinity.nodeAffinity}): a required selector and weighted preferences.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeAffinity.class)
@JsonDeserialize(as = ImmutableNodeAffinity.class)
@JsonPropertyOrder({"requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution"})
public interface NodeAffinity extends WithNodeAffinity {
  /** @return the nodes the VM may run on */
  Optional<@Valid NodeSelector> requiredDuringSchedulingIgnoredDuringExecution();

  /** @return weighted preferences */
  List<@Valid PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeAffinity.Builder builder() {
    return ImmutableNodeAffinity.builder();
  }
}
