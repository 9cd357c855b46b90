package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a Kubernetes Service is exposed ({@code spec.type}); Kubernetes defaults it to {@code ClusterIP}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ServiceType extends OpenEnum<ServiceType> {
  /** A virtual IP inside the cluster (or none: headless, with {@code clusterIP: None}). */
  public static final ServiceType CLUSTER_IP = new ServiceType("ClusterIP", true);
  /** A DNS CNAME to {@code spec.externalName}; no proxying, no selector. */
  public static final ServiceType EXTERNAL_NAME = new ServiceType("ExternalName", true);
  /** A NodePort Service plus an external load balancer. */
  public static final ServiceType LOAD_BALANCER = new ServiceType("LoadBalancer", true);
  /** A ClusterIP Service plus a port on every node. */
  public static final ServiceType NODE_PORT = new ServiceType("NodePort", true);

  private static final OpenEnumMembers<ServiceType> MEMBERS =
      new OpenEnumMembers<>(v -> new ServiceType(v, false), CLUSTER_IP, EXTERNAL_NAME, LOAD_BALANCER, NODE_PORT);

  private ServiceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ClusterIP"}
   * @return the member
   */
  @JsonCreator
  public static ServiceType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<ServiceType> knownValues() {
    return MEMBERS.known();
  }
}
