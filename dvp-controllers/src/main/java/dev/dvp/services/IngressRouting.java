package dev.dvp.services;

import dev.dvp.model.HttpIngressPath;
import dev.dvp.model.Ingress;
import dev.dvp.model.IngressRule;
import dev.dvp.model.IngressServiceBackend;
import dev.dvp.model.PathType;
import dev.dvp.model.Service;
import dev.dvp.model.ServiceBackendPort;
import dev.dvp.model.ServicePort;
import dev.dvp.model.VirtualMachine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an Ingress sends a request (host and path), to which Service port, and which VMs end up behind it.
 *
 * <p>Matching follows the Kubernetes Ingress specification. Hosts: a rule with an exact host wins over a wildcard
 * rule ({@code *.example.com} matches exactly one more label: {@code a.example.com}, not {@code example.com} nor
 * {@code a.b.example.com}), which wins over rules without a host; host comparison ignores case and a port. Paths, among
 * the rules of the chosen host: {@code Exact} matches the path string exactly; {@code Prefix} matches element by
 * element split on {@code /}, ignoring a trailing slash ({@code /foo} matches {@code /foo}, {@code /foo/} and
 * {@code /foo/bar}, not {@code /foobar}); {@code ImplementationSpecific} is matched as {@code Prefix}, which is what
 * ingress-nginx (Deckhouse's controller) does for plain paths; an absent path matches everything. The longest match
 * wins, and {@code Exact} wins over {@code Prefix} at equal length. Without a match the request goes to
 * {@code spec.defaultBackend}, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<IngressRoute> route = IngressRouting.standard().route(ingress, "linux-vm.example.com", "/index.html");
 * List<VirtualMachine> vms = IngressRouting.standard().endpoints(ingress, "linux-vm.example.com", "/", services, vms);
 * }</pre>
 */
public final class IngressRouting {
  private static final IngressRouting STANDARD = new IngressRouting(ServiceSelection.standard());

  private final ServiceSelection services;

  private IngressRouting(ServiceSelection services) {
    this.services = services;
  }

  /**
   * Returns the routing that finds VMs with {@link ServiceSelection#standard()}.
   *
   * @return the shared instance
   */
  public static IngressRouting standard() {
    return STANDARD;
  }

  /**
   * Returns a routing that finds the VMs behind Services with another selection (e.g. other pod labels).
   *
   * @param selection the Service selection
   * @return the routing
   * @throws IllegalArgumentException if {@code selection} is null
   */
  public static IngressRouting using(ServiceSelection selection) {
    if (selection == null) {
      throw new IllegalArgumentException("expected a ServiceSelection, got null; maybe use IngressRouting.standard()");
    }
    return new IngressRouting(selection);
  }

  /**
   * Finds the backend of a request.
   *
   * @param ingress the Ingress
   * @param host the request's host (the {@code Host} header; a {@code :port} suffix is ignored)
   * @param path the request's URL path, starting with {@code /}
   * @return the route, or empty when no rule matches and there is no default backend
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public Optional<IngressRoute> route(Ingress ingress, String host, String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("expected a URL path starting with '/', got " + path);
    }
    String requestHost = normalizeHost(host == null ? "" : host);
    List<IngressRule> rules = ingress.spec().rules();
    List<Integer> chosen = rulesForHost(rules, requestHost);
    int bestRule = -1;
    int bestPath = -1;
    int bestLength = -1;
    boolean bestExact = false;
    for (int r : chosen) {
      List<HttpIngressPath> paths = rules.get(r).http().map(h -> h.paths()).orElse(List.of());
      for (int p = 0; p < paths.size(); p++) {
        HttpIngressPath candidate = paths.get(p);
        if (!matches(candidate, path)) {
          continue;
        }
        int length = candidate.path().map(IngressRouting::trimTrailingSlash).map(String::length).orElse(0);
        boolean exact = candidate.pathType().map(PathType.EXACT::equals).orElse(false);
        if (length > bestLength || (length == bestLength && exact && !bestExact)) {
          bestRule = r;
          bestPath = p;
          bestLength = length;
          bestExact = exact;
        }
      }
    }
    if (bestRule >= 0) {
      HttpIngressPath match = rules.get(bestRule).http().get().paths().get(bestPath);
      return Optional.of(new IngressRoute(match.backend(), OptionalInt.of(bestRule), OptionalInt.of(bestPath)));
    }
    return ingress.spec().defaultBackend()
        .map(b -> new IngressRoute(b, OptionalInt.empty(), OptionalInt.empty()));
  }

  /**
   * Finds the Service and its port a request reaches.
   *
   * @param ingress the Ingress
   * @param host the request's host
   * @param path the request's path
   * @param servicesInCluster the Services to look the backend up in (the Ingress's namespace is used)
   * @return the Service and port, or empty when the request has no Service backend, the Service does not exist or has
   *     no such port
   */
  public Optional<ServiceTarget> target(Ingress ingress, String host, String path,
      Collection<Service> servicesInCluster) {
    Optional<IngressServiceBackend> backend = route(ingress, host, path).flatMap(r -> r.backend().service());
    if (backend.isEmpty()) {
      return Optional.empty();
    }
    String namespace = ingress.namespace().filter(ns -> !ns.isEmpty()).orElse(ServiceSelection.DEFAULT_NAMESPACE);
    Optional<Service> service = servicesInCluster.stream()
        .filter(s -> s.name().equals(backend.get().name()) && ServiceSelection.namespaceOf(s).equals(namespace))
        .findFirst();
    return service.flatMap(s -> portOf(s, backend.get().port())
        .map(port -> new ServiceTarget(s, port)));
  }

  /**
   * Returns the VMs that end up serving a request: the running VMs behind the Service the request reaches.
   *
   * @param ingress the Ingress
   * @param host the request's host
   * @param path the request's path
   * @param servicesInCluster the Services
   * @param vms the candidate VMs
   * @return the VMs, empty when the request reaches no Service
   */
  public List<VirtualMachine> endpoints(Ingress ingress, String host, String path,
      Collection<Service> servicesInCluster, Collection<VirtualMachine> vms) {
    return target(ingress, host, path, servicesInCluster)
        .map(t -> services.endpoints(t.service(), vms))
        .orElse(List.of());
  }

  /**
   * Finds the Service port an Ingress backend port refers to, by number ({@code port}) or by name.
   *
   * @param service the Service
   * @param port the backend's port
   * @return the port, or empty when the Service has none such
   */
  public static Optional<ServicePort> portOf(Service service, Optional<ServiceBackendPort> port) {
    Optional<Integer> number = port.flatMap(ServiceBackendPort::number).filter(n -> n != 0);
    Optional<String> name = port.flatMap(ServiceBackendPort::name).filter(n -> !n.isEmpty());
    return service.spec().ports().stream()
        .filter(p -> number.map(n -> n == p.port()).orElse(false)
            || name.map(n -> n.equals(p.name().orElse(""))).orElse(false))
        .findFirst();
  }

  private static List<Integer> rulesForHost(List<IngressRule> rules, String host) {
    List<Integer> exact = new ArrayList<>();
    List<Integer> wildcard = new ArrayList<>();
    List<Integer> any = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String ruleHost = rules.get(i).host().orElse("").toLowerCase(Locale.ROOT);
      if (ruleHost.isEmpty()) {
        any.add(i);
      } else if (ruleHost.startsWith("*.")) {
        String suffix = ruleHost.substring(1);
        if (host.endsWith(suffix) && host.length() > suffix.length()
            && host.substring(0, host.length() - suffix.length()).indexOf('.') < 0) {
          wildcard.add(i);
        }
      } else if (ruleHost.equals(host)) {
        exact.add(i);
      }
    }
    return !exact.isEmpty() ? exact : !wildcard.isEmpty() ? wildcard : any;
  }

  private static boolean matches(HttpIngressPath candidate, String requestPath) {
    Optional<String> path = candidate.path().filter(p -> !p.isEmpty());
    if (path.isEmpty()) {
      return true;
    }
    if (candidate.pathType().map(PathType.EXACT::equals).orElse(false)) {
      return path.get().equals(requestPath);
    }
    String prefix = trimTrailingSlash(path.get());
    if (prefix.isEmpty()) {
      return true;
    }
    String request = trimTrailingSlash(requestPath);
    return request.equals(prefix) || request.startsWith(prefix + "/");
  }

  private static String trimTrailingSlash(String path) {
    String out = path;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static String normalizeHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(':') == colon) {
      h = h.substring(0, colon);
    }
    return h;
  }

  /**
   * The Service and port an Ingress request reaches.
   *
   * @param service the Service
   * @param port its port named by the Ingress backend
   */
  public record ServiceTarget(Service service, ServicePort port) {}
}
