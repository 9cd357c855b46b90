package dev.dvp.model;

import static dev.dvp.model.VirtualDiskTest.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ingress: the seed's Ingress and Kubernetes' rule, path and backend checks. */
class IngressTest {
  private static Ingress ingress(String spec) throws Exception {
    return Manifests.standard().readOne("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n"
        + "spec:\n" + spec, Ingress.class);
  }

  private static String rule(String path) {
    return "  rules:\n    - host: a.example.com\n      http:\n        paths:\n          - " + path + "\n";
  }

  @Test
  void seedIngressReadsValidatesAndRoundTrips() throws Exception {
    List<String> seed = SeedManifests.ofKind("Ingress");
    assertThat(seed).hasSize(1);
    Ingress ingress = (Ingress) Manifests.standard().read(seed.get(0), "seed").get(0);
    HttpIngressPath path = ingress.spec().rules().get(0).http().orElseThrow().paths().get(0);
    assertThat(path.pathType()).contains(PathType.PREFIX);
    assertThat(path.backend().service()).contains(IngressServiceBackend.of("linux-vm-nginx", 80));
    assertThat(violations(ingress)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(ingress))).isEqualTo(SeedManifests.tree(seed.get(0)));
    assertThat(SeedManifests.tree(SeedManifests.example("ingress/ingress-linux-vm.yaml")))
        .isEqualTo(SeedManifests.tree(seed.get(0)));
  }

  @Test
  void pathsNeedTypesAndAbsolutePaths() throws Exception {
    String backend = "backend: {service: {name: web, port: {number: 80}}}";
    assertThat(violations(ingress(rule("{path: /, " + backend + "}")))).containsExactly(
        "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified");
    assertThat(violations(ingress(rule("{path: app, pathType: Prefix, " + backend + "}")))).containsExactly(
        "spec.rules[0].http.paths[0].path: Invalid value: \"app\": must be an absolute path");
    assertThat(violations(ingress(rule("{path: /a//b, pathType: Exact, " + backend + "}")))).containsExactly(
        "spec.rules[0].http.paths[0].path: Invalid value: \"/a//b\": must not contain '//'");
    assertThat(violations(ingress(rule("{path: '/a/..', pathType: Exact, " + backend + "}")))).containsExactly(
        "spec.rules[0].http.paths[0].path: Invalid value: \"/a/..\": cannot end with '/..'");
    assertThat(violations(ingress(rule("{path: x, pathType: ImplementationSpecific, " + backend + "}"))))
        .containsExactly("spec.rules[0].http.paths[0].path: Invalid value: \"x\": must be an absolute path");
    assertThat(violations(ingress(rule("{pathType: ImplementationSpecific, " + backend + "}")))).isEmpty();
    assertThat(violations(ingress(rule("{path: /, pathType: Regex, " + backend + "}")))).containsExactly(
        "spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", "
            + "\"ImplementationSpecific\", \"Prefix\"");
    assertThat(violations(ingress("  rules: [{host: a.example.com, http: {paths: []}}]\n")))
        .containsExactly("spec.rules[0].http.paths: Required value");
  }

  @Test
  void backendsNeedOneTargetAndOnePort() throws Exception {
    assertThat(violations(ingress(rule("{path: /, pathType: Prefix, backend: {service: {name: web}}}"))))
        .containsExactly("spec.rules[0].http.paths[0].backend: Required value: port name or port number is required");
    assertThat(violations(ingress(rule(
        "{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http, number: 80}}}}"))))
        .containsExactly("spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number");
    assertThat(violations(ingress(rule("{path: /, pathType: Prefix, backend: {service: {name: 1web, port: {number: 0x10000}}}}"))))
        .containsExactly("spec.rules[0].http.paths[0].backend.service.name: Invalid value: \"1web\": a DNS-1035 label "
            + "must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end "
            + "with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is "
            + "'[a-z]([-a-z0-9]*[a-z0-9])?')",
            "spec.rules[0].http.paths[0].backend.service.port.number: Invalid value: 65536: must be between 1 and "
            + "65535, inclusive");
    assertThat(violations(ingress(rule("{path: /, pathType: Prefix, backend: {}}")))).containsExactly(
        "spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required");
    assertThat(violations(ingress("  defaultBackend: {resource: {apiGroup: k8s.example.com, kind: Bucket, name: b}}\n")))
        .isEmpty();
  }

  @Test
  void specNeedsRulesOrDefaultBackendAndHostsAreNames() throws Exception {
    assertThat(violations(ingress("  ingressClassName: nginx\n"))).containsExactly(
        "spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified");
    assertThat(violations(ingress("  rules: [{host: 10.0.0.1}]\n"))).containsExactly(
        "spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address");
    assertThat(violations(ingress("  rules: [{host: '*.example.com'}]\n"))).isEmpty();
    assertThat(violations(ingress("  rules: [{host: 'a.*.com'}]\n"))).singleElement().asString()
        .startsWith("spec.rules[0].host: Invalid value: \"a.*.com\": a wildcard DNS-1123 subdomain must start with '*.'");
  }

  @Test
  void tlsStatusAndUnknownFieldsSurvive() throws Exception {
    String yaml = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i, annotations: {a: b}}\n"
        + "spec:\n  ingressClassName: nginx\n  tls: [{hosts: [a.example.com], secretName: tls}]\n"
        + "  defaultBackend: {service: {name: web, port: {name: http}}}\n  future: x\n"
        + "status:\n  loadBalancer:\n    ingress: [{hostname: lb.example.com}]\n";
    Ingress ingress = Manifests.standard().readOne(yaml, Ingress.class);
    assertThat(ingress.spec().tls().get(0).secretName()).contains("tls");
    assertThat(violations(ingress)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(ingress))).isEqualTo(SeedManifests.tree(yaml));
  }
}
