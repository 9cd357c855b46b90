package dev.dvp.services;

/**
 * How clients reach the VMs behind a Service, derived from {@code spec.type} and {@code spec.clusterIP}.
 *
 * <p>A computed classification, not a wire value: see {@link dev.dvp.model.ServiceType} for the field itself.
 */
public enum ServiceAccess {
  /** {@code clusterIP: None}: DNS answers with the IPs of the backing VMs; nothing is proxied or balanced. */
  HEADLESS,
  /** A virtual IP inside the cluster, balanced over the backing VMs. */
  CLUSTER_IP,
  /** A cluster IP plus a port on every node ({@code nodePort}). */
  NODE_PORT,
  /** A node port Service plus an external load balancer ({@code status.loadBalancer.ingress}). */
  LOAD_BALANCER,
  /** A DNS CNAME to {@code spec.externalName}; no VM backs it. */
  EXTERNAL_NAME;

  /**
   * Tells whether clients outside the cluster reach the Service through nodes or a load balancer.
   *
   * @return {@code true} for {@link #NODE_PORT} and {@link #LOAD_BALANCER}
   */
  public boolean isExternallyReachable() {
    return this == NODE_PORT || this == LOAD_BALANCER;
  }
}
