package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of a {@link Service} ({@code spec}), as Kubernetes defines it. {@code sessionAffinityConfig},
 * {@code trafficDistribution} and newer fields stay in {@link #additionalProperties()}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceSpec.class)
@JsonDeserialize(as = ImmutableServiceSpec.class)
@JsonPropertyOrder({"ports", "selector", "clusterIP", "clusterIPs", "type", "externalIPs", "sessionAffinity", "loadBalancerIP", "loadBalancerSourceRanges", "externalName", "externalTrafficPolicy", "healthCheckNodePort", "publishNotReadyAddresses", "sessionAffinityConfig", "ipFamilies", "ipFamilyPolicy", "allocateLoadBalancerNodePorts", "loadBalancerClass", "internalTrafficPolicy", "trafficDistribution"})
@Rules(ServiceSpecRules.class)
public interface ServiceSpec extends WithServiceSpec {
  /** @return the ports; required unless the Service is headless or {@code ExternalName} */
  List<@Valid ServicePort> ports();

  /** @return the labels of the pods (VM launcher pods) that back the Service; empty = no selector */
  Map<String, String> selector();

  /** @return the virtual IP; {@code None} makes the Service headless */
  Optional<String> clusterIP();

  /** @return the virtual IPs, one per family */
  List<String> clusterIPs();

  /** @return how the Service is exposed */
  Optional<@KnownValue ServiceType> type();

  /** @return extra IPs the cluster accepts traffic on */
  List<String> externalIPs();

  /** @return {@code ClientIP} or {@code None} */
  Optional<@KnownValue SessionAffinity> sessionAffinity();

  /** @return deprecated: the IP asked of the load balancer */
  Optional<String> loadBalancerIP();

  /** @return client CIDRs the load balancer admits */
  List<String> loadBalancerSourceRanges();

  /** @return the DNS name an {@code ExternalName} Service points to */
  Optional<String> externalName();

  /** @return routing of external traffic (NodePort, LoadBalancer) */
  Optional<TrafficPolicy> externalTrafficPolicy();

  /** @return the health-check port for {@code LoadBalancer} with {@code Local} policy */
  Optional<Integer> healthCheckNodePort();

  /** @return whether DNS lists endpoints that are not ready */
  Optional<Boolean> publishNotReadyAddresses();

  /** @return the settings of session affinity ({@code clientIP.timeoutSeconds} for {@code ClientIP} affinity) */
  Optional<@Valid SessionAffinityConfig> sessionAffinityConfig();

  /** @return the IP families, in order */
  List<@KnownValue IpFamily> ipFamilies();

  /** @return the dual-stack policy */
  Optional<@KnownValue IpFamilyPolicy> ipFamilyPolicy();

  /** @return whether a {@code LoadBalancer} gets node ports */
  Optional<Boolean> allocateLoadBalancerNodePorts();

  /** @return the load-balancer implementation */
  Optional<String> loadBalancerClass();

  /** @return routing of traffic from inside the cluster */
  Optional<@KnownValue TrafficPolicy> internalTrafficPolicy();

  /** @return {@code spec.trafficDistribution}, e.g. {@code PreferClose} */
  Optional<String> trafficDistribution();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableServiceSpec.Builder builder() {
    return ImmutableServiceSpec.builder();
  }

  /** The {@code clusterIP} value that makes a Service headless. */
  String CLUSTER_IP_NONE = "None";

  /** @return {@link #type()}, or the Kubernetes default {@code ClusterIP} */
  @JsonIgnore
  default ServiceType typeOrDefault() {
    return type().orElse(ServiceType.CLUSTER_IP);
  }

  /**
   * Tells whether the Service is headless: type {@code ClusterIP} with {@code clusterIP: None} (or a first
   * {@code clusterIPs} entry {@code None}); DNS then answers with the backing pods' IPs and nothing is proxied.
   *
   * @return {@code true} for a headless Service
   */
  @JsonIgnore
  default boolean isHeadless() {
    String first = clusterIP().orElse(clusterIPs().isEmpty() ? "" : clusterIPs().get(0));
    return typeOrDefault().equals(ServiceType.CLUSTER_IP) && CLUSTER_IP_NONE.equals(first);
  }
}
