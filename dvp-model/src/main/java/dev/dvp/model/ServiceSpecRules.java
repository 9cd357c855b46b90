package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Kubernetes' validation of a Service spec ({@code ValidateService}) as far as DVP users meet it, with its messages:
 * ports required unless headless or {@code ExternalName}; port numbers 1..65535; port names (required when there are
 * several, RFC 1123 labels, unique); {@code targetPort} numbers and IANA names; node ports forbidden for
 * {@code ClusterIP} and, for {@code NodePort}/{@code LoadBalancer}, inside {@link NodePortRange#DEFAULT} (the
 * allocator's check, which depends on the cluster's range: use
 * {@code ServiceSelection.checkNodePorts} (module dvp-controllers) for another range); {@code externalName};
 * {@code externalTrafficPolicy} and {@code healthCheckNodePort} only where Kubernetes allows them.
 *
 * <p>Not checked: selector label syntax, cluster IP syntax and families, duplicate port/protocol pairs, and the
 * checks that need the old object (updates).
 */
final class ServiceSpecRules implements SchemaRule<ServiceSpec> {
  static final String NODE_PORT_ON_CLUSTER_IP = "Forbidden: may not be used when `type` is 'ClusterIP'";
  static final String EXTERNAL_ONLY = "may only be set for externally-accessible services";
  static final String HEALTH_CHECK_ONLY =
      "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'";

  @Override
  public List<RuleFailure> check(ServiceSpec spec) {
    List<RuleFailure> failures = new ArrayList<>(1);
    ServiceType type = spec.typeOrDefault();
    boolean externalName = type.equals(ServiceType.EXTERNAL_NAME);
    if (spec.ports().isEmpty() && !spec.isHeadless() && !externalName) {
      failures.add(RuleFailure.keyword("ports", "required", "Required value"));
    }
    if (externalName) {
      String name = spec.externalName().orElse("");
      if (name.isEmpty()) {
        failures.add(RuleFailure.keyword("externalName", "required", "Required value"));
      } else {
        invalid(failures, "externalName", StructuralValidator.quote(name),
            KubernetesNames.dns1123Subdomain(name.endsWith(".") ? name.substring(0, name.length() - 1) : name));
      }
    }
    checkPorts(spec, type, failures);
    boolean external = type.equals(ServiceType.NODE_PORT) || type.equals(ServiceType.LOAD_BALANCER)
        || (type.equals(ServiceType.CLUSTER_IP) && !spec.externalIPs().isEmpty());
    spec.externalTrafficPolicy().ifPresent(policy -> {
      if (!external) {
        invalid(failures, "externalTrafficPolicy", StructuralValidator.quote(policy.value()), List.of(EXTERNAL_ONLY));
      } else if (!policy.isKnown()) {
        failures.add(RuleFailure.keyword("externalTrafficPolicy", "enum", "Unsupported value: "
            + StructuralValidator.quote(policy.value()) + ": supported values: \"Cluster\", \"Local\""));
      }
    });
    spec.healthCheckNodePort().filter(port -> port != 0).ifPresent(port -> {
      boolean allowed = type.equals(ServiceType.LOAD_BALANCER)
          && spec.externalTrafficPolicy().map(TrafficPolicy.LOCAL::equals).orElse(false);
      invalid(failures, "healthCheckNodePort", String.valueOf(port),
          allowed ? KubernetesNames.portNumber(port) : List.of(HEALTH_CHECK_ONLY));
    });
    return failures;
  }

  private static void checkPorts(ServiceSpec spec, ServiceType type, List<RuleFailure> failures) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < spec.ports().size(); i++) {
      ServicePort port = spec.ports().get(i);
      String at = "ports[" + i + "]";
      String name = port.name().orElse("");
      if (name.isEmpty()) {
        if (spec.ports().size() > 1) {
          failures.add(RuleFailure.keyword(at + ".name", "required", "Required value"));
        }
      } else {
        invalid(failures, at + ".name", StructuralValidator.quote(name), KubernetesNames.dns1123Label(name));
        if (!names.add(name)) {
          failures.add(RuleFailure.keyword(at + ".name", "duplicate",
              "Duplicate value: " + StructuralValidator.quote(name)));
        }
      }
      invalid(failures, at + ".port", String.valueOf(port.port()), KubernetesNames.portNumber(port.port()));
      port.targetPort().ifPresent(target -> {
        if (target.isInt()) {
          int number = target.intValue().getAsInt();
          // Kubernetes defaults 0 to the Service port before validating.
          if (number != 0) {
            invalid(failures, at + ".targetPort", String.valueOf(number), KubernetesNames.portNumber(number));
          }
        } else if (!target.toString().isEmpty()) {
          invalid(failures, at + ".targetPort", StructuralValidator.quote(target.toString()),
              KubernetesNames.portName(target.toString()));
        }
      });
      port.nodePort().filter(n -> n != 0).ifPresent(nodePort -> {
        if (type.equals(ServiceType.CLUSTER_IP)) {
          failures.add(RuleFailure.keyword(at + ".nodePort", "forbidden", NODE_PORT_ON_CLUSTER_IP));
          return;
        }
        List<String> range = KubernetesNames.portNumber(nodePort);
        invalid(failures, at + ".nodePort", String.valueOf(nodePort), range);
        boolean allocated = type.equals(ServiceType.NODE_PORT) || type.equals(ServiceType.LOAD_BALANCER);
        if (range.isEmpty() && allocated) {
          nodePortOutside(NodePortRange.DEFAULT, at + ".nodePort", nodePort).ifPresent(failures::add);
        }
      });
    }
  }

  /**
   * The allocator's failure for a node port outside a range.
   *
   * @param range the cluster's node port range
   * @param at the port's path
   * @param nodePort the port
   * @return the failure, or empty when the port is in the range
   */
  static java.util.Optional<RuleFailure> nodePortOutside(NodePortRange range, String at, int nodePort) {
    if (range.contains(nodePort)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        RuleFailure.keyword(at, "invalid", "Invalid value: " + nodePort + ": " + range.notInRangeMessage()));
  }

  private static void invalid(List<RuleFailure> failures, String at, String rendered, List<String> messages) {
    for (String message : messages) {
      failures.add(RuleFailure.keyword(at, "invalid", "Invalid value: " + rendered + ": " + message));
    }
  }
}
