package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The system information of a {@link Node} ({@code status.nodeInfo}); every field is as the kubelet reports it.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeSystemInfo.class)
@JsonDeserialize(as = ImmutableNodeSystemInfo.class)
@JsonPropertyOrder({"machineID", "systemUUID", "bootID", "kernelVersion", "osImage", "containerRuntimeVersion", "kubeletVersion", "kubeProxyVersion", "operatingSystem", "architecture", "swap"})
public interface NodeSystemInfo extends WithNodeSystemInfo {
  /** @return the machine ID */
  Optional<String> machineID();

  /** @return the system UUID */
  Optional<String> systemUUID();

  /** @return the boot ID */
  Optional<String> bootID();

  /** @return the kernel version ({@code uname -r}) */
  Optional<String> kernelVersion();

  /** @return the OS image, e.g. {@code Ubuntu 22.04.4 LTS} */
  Optional<String> osImage();

  /** @return the container runtime, e.g. {@code containerd://1.7.27} */
  Optional<String> containerRuntimeVersion();

  /** @return the kubelet version */
  Optional<String> kubeletVersion();

  /** @return the kube-proxy version (deprecated upstream) */
  Optional<String> kubeProxyVersion();

  /** @return the operating system, e.g. {@code linux} */
  Optional<String> operatingSystem();

  /** @return the architecture, e.g. {@code amd64} */
  Optional<String> architecture();

  /** @return {@code status.nodeInfo.swap}: the node's swap ({@code capacity}), kept as read */
  Map<String, Object> swap();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeSystemInfo.Builder builder() {
    return ImmutableNodeSystemInfo.builder();
  }
}
