package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes node ({@code Node}, {@code v1}) as {@code kubectl get nodes -o yaml} prints it: labels, taints,
 * {@code unschedulable} (cordoned), capacity, allocatable, conditions and system information.
 * <p>Fields the SDK does not model ({@code status.images}, {@code status.daemonEndpoints}, ...) are kept for round
 * trips. {@code spec} defaults to an empty spec when a hand-written manifest omits it.
 * <pre>{@code
 * Node node = Node.builder()
 *     .metadata(ObjectMeta.builder().name("node-1").putLabel("disktype", "ssd").build())
 *     .spec(NodeSpec.builder().addTaints(Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE)).build())
 *     .status(NodeStatus.builder()
 *         .putAllocatable("cpu", Quantity.parse("4"))
 *         .putAllocatable("memory", Quantity.parse("16Gi"))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNode.class)
@JsonDeserialize(as = ImmutableNode.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface Node extends Resource, WithNode {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "v1";

  /** The {@code kind}. */
  String KIND = "Node";

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

  /** @return the node's specification: taints, cordon flag, pod CIDRs */
  @Value.Default
  @Valid
  default NodeSpec spec() {
    return NodeSpec.builder().build();
  }

  /** @return the state the kubelet reports */
  Optional<@Valid NodeStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNode.Builder builder() {
    return ImmutableNode.builder();
  }

  /**
   * Returns the node's labels.
   *
   * @return {@code metadata.labels}
   */
  @JsonIgnore
  default Map<String, String> labels() {
    return metadata().labels();
  }

  /**
   * Returns the node's allocatable resources.
   *
   * @return {@code status.allocatable}; empty when the node has no status
   */
  @JsonIgnore
  default Map<String, Quantity> allocatable() {
    return status().map(NodeStatus::allocatable).orElse(Map.of());
  }

  /**
   * Returns a node with just a name, for building up in tests and tools.
   *
   * @param name the node's name
   * @return the node
   */
  static Node named(String name) {
    return builder().metadata(ObjectMeta.named(name)).build();
  }
}
