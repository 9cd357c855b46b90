package dev.dvp.services;

import java.util.List;

/**
 * The DNS names of a Service in the cluster DNS: {@code <service>.<namespace>.svc.<cluster-domain>} and the short
 * forms the pods' search path completes ({@code <service>} from the same namespace, {@code <service>.<namespace>},
 * {@code <service>.<namespace>.svc}). For a headless Service the names resolve to the backing VMs' IPs; otherwise to
 * the cluster IP.
 *
 * <p>Immutable and thread-safe.
 *
 * @param service the Service's name
 * @param namespace the Service's namespace
 * @param clusterDomain the cluster domain, {@code cluster.local} by default
 */
public record ServiceDnsNames(String service, String namespace, String clusterDomain) {
  /** Kubernetes' default cluster domain. */
  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is null or empty
   */
  public ServiceDnsNames {
    for (String part : new String[] {service, namespace, clusterDomain}) {
      if (part == null || part.isEmpty()) {
        throw new IllegalArgumentException("a Service DNS name needs a service, a namespace and a cluster domain, got "
            + service + "." + namespace + ".svc." + clusterDomain + "; maybe the Service has no metadata.name");
      }
    }
  }

  /** @return the fully qualified name, e.g. {@code http.default.svc.cluster.local} */
  public String fqdn() {
    return service + "." + namespace + ".svc." + clusterDomain;
  }

  /** @return {@code <service>.<namespace>.svc}, the form the DVP documentation uses, e.g. {@code http.default.svc} */
  public String svc() {
    return service + "." + namespace + ".svc";
  }

  /**
   * Returns every name a pod of the cluster can use, shortest first: {@code <service>} (only from the same
   * namespace), {@code <service>.<namespace>}, {@code <service>.<namespace>.svc} and the fully qualified name.
   *
   * @return the names
   */
  public List<String> all() {
    return List.of(service, service + "." + namespace, svc(), fqdn());
  }
}
