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
 * The state of a {@link Node} ({@code status}) as the kubelet reports it.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeStatus.class)
@JsonDeserialize(as = ImmutableNodeStatus.class)
@JsonPropertyOrder({"addresses", "allocatable", "capacity", "conditions", "nodeInfo", "phase", "daemonEndpoints", "images", "volumesInUse", "volumesAttached",
    "config", "runtimeHandlers", "features", "declaredFeatures"})
public interface NodeStatus extends WithNodeStatus {
  /** @return the node's addresses */
  List<@Valid NodeAddress> addresses();

  /** @return the resources available to pods ({@code cpu}, {@code memory}, {@code pods}, ...) */
  Map<String, Quantity> allocatable();

  /** @return the node's total resources */
  Map<String, Quantity> capacity();

  /** @return the node conditions ({@code Ready}, {@code MemoryPressure}, ...) */
  List<@Valid NodeCondition> conditions();

  /** @return the node's system information */
  Optional<@Valid NodeSystemInfo> nodeInfo();

  /** @return {@code status.phase}: deprecated, never set by current kubelets */
  Optional<String> phase();

  /** @return {@code status.daemonEndpoints} (the kubelet's port), kept as read */
  Map<String, Object> daemonEndpoints();

  /** @return {@code status.images}: the container images on the node, kept as read */
  List<Map<String, Object>> images();

  /** @return {@code status.volumesInUse}: the volumes the node uses */
  List<String> volumesInUse();

  /** @return {@code status.volumesAttached}: the volumes attached to the node, kept as read */
  List<Map<String, Object>> volumesAttached();

  /** @return {@code status.config}: the status of the dynamic kubelet configuration, kept as read */
  Map<String, Object> config();

  /** @return {@code status.runtimeHandlers}: the container runtime's handlers, kept as read */
  List<Map<String, Object>> runtimeHandlers();

  /** @return {@code status.features}: node features the kubelet reports, kept as read */
  Map<String, Object> features();

  /** @return {@code status.declaredFeatures}: the features the node declares (NodeDeclaredFeatures) */
  List<String> declaredFeatures();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeStatus.Builder builder() {
    return ImmutableNodeStatus.builder();
  }

  /**
   * Returns the condition of this type.
   *
   * @param type e.g. {@code Ready}
   * @return the condition, if reported
   */
  default Optional<NodeCondition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }
}
