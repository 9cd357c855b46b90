package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a {@link Node} ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeSpec.class)
@JsonDeserialize(as = ImmutableNodeSpec.class)
@JsonPropertyOrder({"podCIDR", "podCIDRs", "providerID", "taints", "unschedulable", "configSource", "externalID"})
public interface NodeSpec extends WithNodeSpec {
  /** @return the pod IP range assigned to the node */
  Optional<String> podCIDR();

  /** @return the pod IP ranges (IPv4 and IPv6) assigned to the node */
  List<String> podCIDRs();

  /** @return the cloud provider's ID of the node */
  Optional<String> providerID();

  /** @return the node's taints */
  List<@Valid Taint> taints();

  /** @return {@code true} when the node is cordoned: no new pods are scheduled onto it */
  Optional<Boolean> unschedulable();

  /** @return {@code spec.configSource}: the deprecated dynamic kubelet configuration source, kept as read */
  Map<String, Object> configSource();

  /** @return {@code spec.externalID}: deprecated, kept for old manifests */
  Optional<String> externalID();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeSpec.Builder builder() {
    return ImmutableNodeSpec.builder();
  }

  /**
   * Tells whether the node is cordoned.
   *
   * @return {@code unschedulable}, {@code false} when absent
   */
  @JsonIgnore
  default boolean unschedulableOrDefault() {
    return unschedulable().orElse(false);
  }
}
