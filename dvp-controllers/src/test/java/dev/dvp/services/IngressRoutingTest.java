package dev.dvp.services;

import static dev.dvp.services.ServiceSelectionTest.service;
import static dev.dvp.services.ServiceSelectionTest.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.Ingress;
import dev.dvp.model.Manifests;
import dev.dvp.model.Service;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ingress host and path matching, default backends, and the VMs a request ends up on. */
class IngressRoutingTest {
  private static final IngressRouting ROUTING = IngressRouting.standard();

  private static Ingress ingress(String spec) throws Exception {
    return Manifests.standard().readOne("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n"
        + "spec:\n" + spec, Ingress.class);
  }

  private static Optional<String> to(Ingress ingress, String host, String path) {
    return ROUTING.route(ingress, host, path).flatMap(IngressRoute::serviceName);
  }

  private static String path(String path, String type, String service) {
    return "          - {path: '" + path + "', pathType: " + type + ", backend: {service: {name: " + service
        + ", port: {number: 80}}}}\n";
  }

  @Test
  void theSeedsIngressSendsEverythingOnItsHostToTheNginxVms() throws Exception {
    Ingress ingress = ingress("  rules:\n    - host: linux-vm.example.com\n      http:\n        paths:\n"
        + "          - path: /\n            pathType: Prefix\n            backend:\n              service:\n"
        + "                name: linux-vm-nginx\n                port:\n                  number: 80\n");
    Service svc = service("metadata: {name: linux-vm-nginx}\nspec:\n  selector: {app: nginx}\n"
        + "  ports: [{protocol: TCP, port: 80, targetPort: 80}]\n");
    VirtualMachine up = vm("linux-vm", null, Map.of("app", "nginx"), VirtualMachinePhase.RUNNING);
    VirtualMachine down = vm("linux-vm-2", null, Map.of("app", "nginx"), VirtualMachinePhase.STOPPED);
    assertThat(to(ingress, "linux-vm.example.com", "/")).contains("linux-vm-nginx");
    assertThat(to(ingress, "LINUX-VM.example.com:443", "/any/page")).contains("linux-vm-nginx");
    assertThat(to(ingress, "other.example.com", "/")).isEmpty();
    IngressRouting.ServiceTarget target = ROUTING.target(ingress, "linux-vm.example.com", "/", List.of(svc)).orElseThrow();
    assertThat(target.port().port()).isEqualTo(80);
    assertThat(ROUTING.endpoints(ingress, "linux-vm.example.com", "/x", List.of(svc), List.of(up, down)))
        .containsExactly(up);
    assertThat(ROUTING.endpoints(ingress, "linux-vm.example.com", "/x", List.of(), List.of(up))).isEmpty();
  }

  @Test
  void longestPathWinsAndExactBeatsPrefixAtEqualLength() throws Exception {
    Ingress ingress = ingress("  rules:\n    - host: a.example.com\n      http:\n        paths:\n"
        + path("/", "Prefix", "root") + path("/foo", "Prefix", "foo") + path("/foo", "Exact", "foo-exact")
        + path("/foo/bar/", "Prefix", "bar") + path("/img", "ImplementationSpecific", "img"));
    assertThat(to(ingress, "a.example.com", "/foo")).contains("foo-exact");
    assertThat(to(ingress, "a.example.com", "/foo/")).contains("foo");
    assertThat(to(ingress, "a.example.com", "/foo/x")).contains("foo");
    assertThat(to(ingress, "a.example.com", "/foobar")).contains("root");
    assertThat(to(ingress, "a.example.com", "/foo/bar")).contains("bar");
    assertThat(to(ingress, "a.example.com", "/foo/bar/baz")).contains("bar");
    assertThat(to(ingress, "a.example.com", "/img/1.png")).contains("img");
    assertThat(ROUTING.route(ingress, "a.example.com", "/foo/x").orElseThrow().pathIndex()).hasValue(1);
    assertThatThrownBy(() -> ROUTING.route(ingress, "a.example.com", "foo"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactHostsBeatWildcardsWhichBeatHostlessRulesThenTheDefaultBackend() throws Exception {
    Ingress ingress = ingress("  defaultBackend: {service: {name: fallback, port: {number: 80}}}\n  rules:\n"
        + "    - host: '*.example.com'\n      http:\n        paths:\n" + path("/", "Prefix", "wild")
        + "    - host: a.example.com\n      http:\n        paths:\n" + path("/api", "Prefix", "exact")
        + "    - http:\n        paths:\n" + path("/", "Prefix", "any"));
    assertThat(to(ingress, "a.example.com", "/api/v1")).contains("exact");
    assertThat(to(ingress, "a.example.com", "/")).contains("fallback");
    assertThat(ROUTING.route(ingress, "a.example.com", "/").orElseThrow().isDefaultBackend()).isTrue();
    assertThat(to(ingress, "b.example.com", "/")).contains("wild");
    assertThat(to(ingress, "x.b.example.com", "/")).contains("any");
    assertThat(to(ingress, "example.com", "/")).contains("any");
    assertThat(to(ingress("  rules:\n    - host: a.example.com\n      http:\n        paths:\n"
        + path("/api", "Exact", "x")), "a.example.com", "/")).isEmpty();
  }

  @Test
  void backendPortsResolveByNumberOrName() throws Exception {
    Service svc = service("metadata: {name: web}\nspec:\n  ports: [{name: http, port: 80}, {name: https, port: 443}]\n");
    Ingress byName = ingress("  defaultBackend: {service: {name: web, port: {name: https}}}\n");
    assertThat(ROUTING.target(byName, "any", "/", List.of(svc)).orElseThrow().port().port()).isEqualTo(443);
    Ingress missingPort = ingress("  defaultBackend: {service: {name: web, port: {number: 8080}}}\n");
    assertThat(ROUTING.target(missingPort, "any", "/", List.of(svc))).isEmpty();
    Service otherNamespace = service("metadata: {name: web, namespace: prod}\nspec: {ports: [{port: 8080}]}\n");
    assertThat(ROUTING.target(missingPort, "any", "/", List.of(otherNamespace))).isEmpty();
  }
}
