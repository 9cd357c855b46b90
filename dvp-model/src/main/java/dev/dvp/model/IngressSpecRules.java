package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Kubernetes' validation of an Ingress spec ({@code ValidateIngressSpec}, networking/v1) with its messages: a default
 * backend or rules; hosts are DNS names (a leading {@code *.} wildcard allowed), not IP addresses; each HTTP rule has
 * paths, each path a {@code pathType} and, for {@code Exact} and {@code Prefix}, an absolute path without
 * {@code //}, {@code /./}, {@code /../}, {@code %2f}; each backend is either a Service (a DNS-1035 name and a port
 * by name or number, not both) or a resource.
 *
 * <p>Not checked: TLS hosts, the IngressClass, and the resource backend's fields.
 */
final class IngressSpecRules implements SchemaRule<IngressSpec> {
  static final String NOTHING_TO_ROUTE = "Invalid value: []networking.IngressRule(nil): either `defaultBackend` or "
      + "`rules` must be specified";
  private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
  private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");

  @Override
  public List<RuleFailure> check(IngressSpec spec) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (spec.rules().isEmpty() && spec.defaultBackend().isEmpty()) {
      failures.add(RuleFailure.keyword("", "invalid", NOTHING_TO_ROUTE));
    }
    spec.defaultBackend().ifPresent(b -> backend(b, "defaultBackend", failures));
    for (int i = 0; i < spec.rules().size(); i++) {
      IngressRule rule = spec.rules().get(i);
      String at = "rules[" + i + "]";
      rule.host().filter(h -> !h.isEmpty()).ifPresent(host -> host(host, at + ".host", failures));
      rule.http().ifPresent(http -> paths(http, at + ".http", failures));
    }
    return failures;
  }

  private static void host(String host, String at, List<RuleFailure> failures) {
    String quoted = StructuralValidator.quote(host);
    if (KubernetesNames.isIpAddress(host)) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: " + quoted + ": must be a DNS name, not an IP address"));
    }
    List<String> messages = host.contains("*")
        ? KubernetesNames.wildcardDns1123Subdomain(host) : KubernetesNames.dns1123Subdomain(host);
    for (String message : messages) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: " + quoted + ": " + message));
    }
  }

  private static void paths(HttpIngressRuleValue http, String at, List<RuleFailure> failures) {
    if (http.paths().isEmpty()) {
      failures.add(RuleFailure.keyword(at + ".paths", "required", "Required value"));
    }
    for (int j = 0; j < http.paths().size(); j++) {
      HttpIngressPath path = http.paths().get(j);
      String pathAt = at + ".paths[" + j + "]";
      if (path.pathType().isEmpty()) {
        failures.add(RuleFailure.keyword(pathAt + ".pathType", "required", "Required value: pathType must be specified"));
      } else {
        path(path, pathAt + ".path", failures);
      }
      backend(path.backend(), pathAt + ".backend", failures);
    }
  }

  private static void path(HttpIngressPath path, String at, List<RuleFailure> failures) {
    PathType type = path.pathType().get();
    String text = path.path().orElse("");
    String quoted = StructuralValidator.quote(text);
    if (type.equals(PathType.EXACT) || type.equals(PathType.PREFIX)) {
      if (!text.startsWith("/")) {
        failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: " + quoted + ": must be an absolute path"));
      }
      if (!text.isEmpty()) {
        for (String sequence : INVALID_SEQUENCES) {
          if (text.contains(sequence)) {
            failures.add(RuleFailure.keyword(at, "invalid",
                "Invalid value: " + quoted + ": must not contain '" + sequence + "'"));
          }
        }
        for (String suffix : INVALID_SUFFIXES) {
          if (text.endsWith(suffix)) {
            failures.add(RuleFailure.keyword(at, "invalid",
                "Invalid value: " + quoted + ": cannot end with '" + suffix + "'"));
          }
        }
      }
    } else if (type.equals(PathType.IMPLEMENTATION_SPECIFIC) && !text.isEmpty() && !text.startsWith("/")) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: " + quoted + ": must be an absolute path"));
    }
  }

  private static void backend(IngressBackend backend, String at, List<RuleFailure> failures) {
    boolean resource = backend.resource().isPresent();
    if (resource && backend.service().isPresent()) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: \"\": cannot set both resource and service backends"));
      return;
    }
    if (resource) {
      return;
    }
    if (backend.service().isEmpty()) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: \"\": resource or service backend is required"));
      return;
    }
    IngressServiceBackend service = backend.service().get();
    if (service.name().isEmpty()) {
      failures.add(RuleFailure.keyword(at + ".service.name", "required", "Required value"));
    } else {
      for (String message : KubernetesNames.dns1035Label(service.name())) {
        failures.add(RuleFailure.keyword(at + ".service.name", "invalid",
            "Invalid value: " + StructuralValidator.quote(service.name()) + ": " + message));
      }
    }
    String portName = service.port().flatMap(ServiceBackendPort::name).orElse("");
    int number = service.port().flatMap(ServiceBackendPort::number).orElse(0);
    if (!portName.isEmpty() && number != 0) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: \"\": cannot set both port name & port number"));
    } else if (!portName.isEmpty()) {
      for (String message : KubernetesNames.portName(portName)) {
        failures.add(RuleFailure.keyword(at + ".service.port.name", "invalid",
            "Invalid value: " + StructuralValidator.quote(portName) + ": " + message));
      }
    } else if (number != 0) {
      for (String message : KubernetesNames.portNumber(number)) {
        failures.add(RuleFailure.keyword(at + ".service.port.number", "invalid",
            "Invalid value: " + number + ": " + message));
      }
    } else {
      failures.add(RuleFailure.keyword(at, "required", "Required value: port name or port number is required"));
    }
  }
}
