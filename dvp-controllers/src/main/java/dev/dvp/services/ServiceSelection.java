package dev.dvp.services;

import dev.dvp.model.LabelSelector;
import dev.dvp.lifecycle.LauncherPods;
import dev.dvp.model.NodePortRange;
import dev.dvp.model.Service;
import dev.dvp.model.ServicePort;
import dev.dvp.model.ServiceSpec;
import dev.dvp.model.ServiceType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which virtual machines back a Kubernetes Service, how the Service is reached and under which DNS names.
 *
 * <p>A Service selects pods; for a VM that is its launcher pod, whose labels DVP derives from the VM's labels (the
 * exact propagation rule belongs to admission). This class takes the pod labels as a function of the VM
 * ({@link #withPodLabels}); {@link #standard()} uses the VM's {@code metadata.labels}. A Service selects a VM when
 * both are in the same namespace (an absent namespace counts as {@code default}) and every selector label is on
 * the VM with the same value. A Service with no selector (or {@code selector: {}}, which the API server stores as
 * none) selects nothing: its endpoints are managed by hand.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceSelection services = ServiceSelection.standard();
 * List<VirtualMachine> behind = services.endpoints(service, vms);   // the running VMs that receive traffic
 * String name = services.dnsNames(service).fqdn();                  // linux-vm-nginx.default.svc.cluster.local
 * }</pre>
 */
public final class ServiceSelection {
  /** The namespace kubectl uses when a manifest names none. */
  public static final String DEFAULT_NAMESPACE = "default";

  private static final ServiceSelection STANDARD =
      new ServiceSelection(LauncherPods::labels, ServiceDnsNames.DEFAULT_CLUSTER_DOMAIN);

  private final Function<VirtualMachine, Map<String, String>> podLabels;
  private final String clusterDomain;

  private ServiceSelection(Function<VirtualMachine, Map<String, String>> podLabels, String clusterDomain) {
    this.podLabels = podLabels;
    this.clusterDomain = clusterDomain;
  }

  /**
   * Returns the selection that matches against each VM's launcher-pod labels as DVP sets them
   * ({@link LauncherPods#labels}: the VM's {@code metadata.labels} plus DVP's own), in the {@code cluster.local}
   * domain.
   *
   * @return the shared instance
   */
  public static ServiceSelection standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that matches selectors against other labels, e.g. the launcher-pod labels admission derives.
   *
   * @param labels the labels of a VM's launcher pod, as a function of the VM; must not return null
   * @return the new selection
   * @throws NullPointerException if {@code labels} is null
   */
  public ServiceSelection withPodLabels(Function<VirtualMachine, Map<String, String>> labels) {
    Objects.requireNonNull(labels, "labels");
    return new ServiceSelection(labels, clusterDomain);
  }

  /**
   * Returns a copy that names Services in another cluster domain.
   *
   * @param domain the cluster domain, e.g. {@code cluster.local}
   * @return the new selection
   * @throws IllegalArgumentException if the domain is null, empty or starts or ends with a dot
   */
  public ServiceSelection withClusterDomain(String domain) {
    if (domain == null || domain.isEmpty() || domain.startsWith(".") || domain.endsWith(".")) {
      throw new IllegalArgumentException("expected a cluster domain like cluster.local, got " + domain);
    }
    return new ServiceSelection(podLabels, domain);
  }

  /** @return the cluster domain of {@link #dnsNames(Service)} */
  public String clusterDomain() {
    return clusterDomain;
  }

  /**
   * Tells whether the Service's selector picks the VM's pod, whatever the VM's phase.
   *
   * @param service the Service
   * @param vm the VM
   * @return {@code true} when they share a namespace and the selector is non-empty and matches the pod labels
   */
  public boolean selects(Service service, VirtualMachine vm) {
    Map<String, String> selector = service.spec().selector();
    if (selector.isEmpty() || !namespaceOf(service).equals(vm.namespace().orElse(DEFAULT_NAMESPACE))) {
      return false;
    }
    Map<String, String> labels = Objects.requireNonNull(podLabels.apply(vm), "pod labels function returned null");
    return LabelSelector.ofLabels(selector).matches(labels);
  }

  /**
   * Returns the VMs the Service's selector picks, whatever their phase.
   *
   * @param service the Service
   * @param vms the candidate VMs (any namespaces)
   * @return the selected VMs, in the order given
   */
  public List<VirtualMachine> selected(Service service, Collection<VirtualMachine> vms) {
    return vms.stream().filter(vm -> selects(service, vm)).toList();
  }

  /**
   * Returns the VMs that receive the Service's traffic: the selected ones that have a running launcher pod, i.e. in
   * phase {@code Running} or {@code Migrating} (the source pod serves until the switch-over). A stopped VM has no
   * pod and no endpoint; an {@code ExternalName} Service has no endpoints at all.
   *
   * @param service the Service
   * @param vms the candidate VMs
   * @return the VMs behind the Service, in the order given
   */
  public List<VirtualMachine> endpoints(Service service, Collection<VirtualMachine> vms) {
    if (access(service) == ServiceAccess.EXTERNAL_NAME) {
      return List.of();
    }
    return vms.stream().filter(vm -> selects(service, vm)).filter(ServiceSelection::hasRunningPod).toList();
  }

  private static boolean hasRunningPod(VirtualMachine vm) {
    Optional<VirtualMachinePhase> phase = vm.status().flatMap(s -> s.phase());
    return phase.map(p -> p.equals(VirtualMachinePhase.RUNNING) || p.equals(VirtualMachinePhase.MIGRATING))
        .orElse(false);
  }

  /**
   * Classifies how the Service is reached.
   *
   * @param service the Service
   * @return headless, ClusterIP, NodePort, LoadBalancer or ExternalName; an unknown {@code type} counts as ClusterIP
   */
  public ServiceAccess access(Service service) {
    ServiceSpec spec = service.spec();
    ServiceType type = spec.typeOrDefault();
    if (spec.isHeadless()) {
      return ServiceAccess.HEADLESS;
    }
    if (type.equals(ServiceType.NODE_PORT)) {
      return ServiceAccess.NODE_PORT;
    }
    if (type.equals(ServiceType.LOAD_BALANCER)) {
      return ServiceAccess.LOAD_BALANCER;
    }
    if (type.equals(ServiceType.EXTERNAL_NAME)) {
      return ServiceAccess.EXTERNAL_NAME;
    }
    return ServiceAccess.CLUSTER_IP;
  }

  /**
   * Returns the Service's DNS names in this selection's cluster domain.
   *
   * @param service the Service; its namespace defaults to {@code default}
   * @return the names, e.g. {@code http.default.svc.cluster.local}
   * @throws IllegalArgumentException if the Service has no name
   */
  public ServiceDnsNames dnsNames(Service service) {
    return new ServiceDnsNames(service.name(), namespaceOf(service), clusterDomain);
  }

  /**
   * Checks the Service's node ports against a cluster's node port range, as the API server's allocator does on
   * create: every non-zero {@code nodePort} of a {@code NodePort} or {@code LoadBalancer} Service must lie in the
   * range. Other types are not checked here (validation forbids node ports on {@code ClusterIP}).
   *
   * @param service the Service
   * @param range the cluster's range; {@link NodePortRange#DEFAULT} is {@code 30000-32767}
   * @return one error per port outside the range, at {@code spec.ports[i].nodePort}; empty when all fit
   */
  public List<Violation> checkNodePorts(Service service, NodePortRange range) {
    ServiceAccess access = access(service);
    List<Violation> violations = new ArrayList<>(0);
    if (!access.isExternallyReachable()) {
      return violations;
    }
    List<ServicePort> ports = service.spec().ports();
    for (int i = 0; i < ports.size(); i++) {
      int nodePort = ports.get(i).nodePort().orElse(0);
      if (nodePort != 0 && !range.contains(nodePort)) {
        violations.add(Violation.error("spec.ports[" + i + "].nodePort", "invalid",
            "Invalid value: " + nodePort + ": " + range.notInRangeMessage()));
      }
    }
    return violations;
  }

  static String namespaceOf(Service service) {
    return service.namespace().filter(ns -> !ns.isEmpty()).orElse(DEFAULT_NAMESPACE);
  }
}
