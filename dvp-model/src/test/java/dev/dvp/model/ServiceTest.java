package dev.dvp.model;

import static dev.dvp.model.VirtualDiskTest.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Service: the seed's five Services and Kubernetes' port, node port and type checks. */
class ServiceTest {
  private static Service service(String spec) throws Exception {
    return Manifests.standard().readOne("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n" + spec,
        Service.class);
  }

  @Test
  void seedServicesReadAndRoundTrip() throws Exception {
    List<String> seed = SeedManifests.ofKind("Service");
    assertThat(seed).hasSize(5);
    for (String text : seed) {
      Service svc = (Service) Manifests.standard().read(text, "seed").get(0);
      assertThat(SeedManifests.tree(Manifests.standard().toYaml(svc))).as(svc.name()).isEqualTo(SeedManifests.tree(text));
      assertThat(svc.spec().selector()).containsEntry("app", "nginx");
    }
    Service headless = Manifests.standard().readOne(seed.get(0), Service.class);
    assertThat(headless.spec().isHeadless()).isTrue();
    assertThat(violations(headless)).isEmpty();
    // The documentation's ClusterIP example has no ports, which Kubernetes rejects for a non-headless Service.
    assertThat(violations(Manifests.standard().readOne(seed.get(1), Service.class)))
        .containsExactly("spec.ports: Required value");
    for (String text : seed.subList(2, 5)) {
      assertThat(violations(Manifests.standard().readOne(text, Service.class))).as(text).isEmpty();
    }
    Service nodePort = Manifests.standard().readOne(seed.get(2), Service.class);
    assertThat(nodePort.spec().ports().get(0).nodePort()).contains(31880);
    assertThat(nodePort.spec().ports().get(0).targetPort()).contains(IntOrString.of(80));
  }

  @Test
  void exampleFilesMatchTheSeed() throws Exception {
    List<String> seed = SeedManifests.ofKind("Service");
    String[] files = {"services/service-headless.yaml", "services/service-clusterip.yaml",
        "services/service-nodeport.yaml", "services/service-loadbalancer.yaml", "services/service-linux-vm-nginx.yaml"};
    for (int i = 0; i < files.length; i++) {
      String text = SeedManifests.example(files[i]);
      Service svc = (Service) Manifests.standard().read(text, files[i]).get(0);
      assertThat(violations(svc)).as(files[i]).isEmpty();
      if (i != 1) {
        // The headless example is renamed (http -> http-headless) so that examples/ is one set; see its comment.
        String expected = i == 0 ? seed.get(i).replace("  name: http\n", "  name: http-headless\n") : seed.get(i);
        assertThat(SeedManifests.tree(text)).as(files[i]).isEqualTo(SeedManifests.tree(expected));
      }
    }
    // The ClusterIP example differs from the seed only by the port it needs.
    Service fixed = Manifests.standard().readOne(SeedManifests.example(files[1]), Service.class);
    Service documented = Manifests.standard().readOne(seed.get(1), Service.class);
    assertThat(fixed.withSpec(fixed.spec().withPorts(List.of()))).isEqualTo(documented);
  }

  @Test
  void nodePortRangeBoundariesOfTheDefaultRange() throws Exception {
    for (int port : new int[] {30000, 32767}) {
      assertThat(violations(service("  type: NodePort\n  ports: [{port: 80, nodePort: " + port + "}]\n"))).isEmpty();
    }
    for (int port : new int[] {29999, 32768}) {
      assertThat(violations(service("  type: NodePort\n  ports: [{port: 80, nodePort: " + port + "}]\n")))
          .containsExactly("spec.ports[0].nodePort: Invalid value: " + port
              + ": provided port is not in the valid range. The range of valid ports is 30000-32767");
    }
    assertThat(violations(service("  type: LoadBalancer\n  ports: [{port: 80, nodePort: 70000}]\n")))
        .containsExactly("spec.ports[0].nodePort: Invalid value: 70000: must be between 1 and 65535, inclusive");
    assertThat(violations(service("  ports: [{port: 80, nodePort: 31000}]\n")))
        .containsExactly("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'");
  }

  @Test
  void portNumbersNamesAndProtocols() throws Exception {
    assertThat(violations(service("  ports: [{port: 0}]\n")))
        .containsExactly("spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive");
    assertThat(violations(service("  ports: [{port: 65535}, {port: 1}]\n"))).containsExactly(
        "spec.ports[0].name: Required value", "spec.ports[1].name: Required value");
    assertThat(violations(service("  ports: [{name: a, port: 65536}, {name: a, port: 2}]\n"))).containsExactly(
        "spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive",
        "spec.ports[1].name: Duplicate value: \"a\"");
    assertThat(violations(service("  ports: [{name: Web, port: 80}]\n"))).containsExactly(
        "spec.ports[0].name: Invalid value: \"Web\": a lowercase RFC 1123 label must consist of lower case "
            + "alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. "
            + "'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    assertThat(violations(service("  ports: [{port: 80, protocol: ICMP}]\n"))).containsExactly(
        "spec.ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
    assertThat(violations(service("  ports: [{port: 80, targetPort: http}]\n"))).isEmpty();
    assertThat(violations(service("  ports: [{port: 80, targetPort: '8080'}]\n"))).containsExactly(
        "spec.ports[0].targetPort: Invalid value: \"8080\": must contain at least one letter (a-z)");
    assertThat(violations(service("  ports: [{port: 80, targetPort: 0}]\n"))).isEmpty();
    assertThat(violations(service("  ports: [{port: 80, targetPort: 65536}]\n"))).containsExactly(
        "spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive");
  }

  @Test
  void typesAndPolicies() throws Exception {
    assertThat(violations(service("  type: Public\n  ports: [{port: 80}]\n"))).containsExactly(
        "spec.type: Unsupported value: \"Public\": supported values: \"ClusterIP\", \"ExternalName\", "
            + "\"LoadBalancer\", \"NodePort\"");
    assertThat(violations(service("  type: ExternalName\n"))).containsExactly("spec.externalName: Required value");
    assertThat(violations(service("  type: ExternalName\n  externalName: db.example.com.\n"))).isEmpty();
    assertThat(violations(service("  ports: [{port: 80}]\n  externalTrafficPolicy: Local\n"))).containsExactly(
        "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services");
    assertThat(violations(service("  type: NodePort\n  ports: [{port: 80}]\n  externalTrafficPolicy: Local\n")))
        .isEmpty();
    assertThat(violations(service("  type: NodePort\n  ports: [{port: 80}]\n  externalTrafficPolicy: Nearest\n")))
        .containsExactly("spec.externalTrafficPolicy: Unsupported value: \"Nearest\": supported values: "
            + "\"Cluster\", \"Local\"");
    assertThat(violations(service("  type: NodePort\n  ports: [{port: 80}]\n  healthCheckNodePort: 31000\n")))
        .containsExactly("spec.healthCheckNodePort: Invalid value: 31000: may only be set when `type` is "
            + "'LoadBalancer' and `externalTrafficPolicy` is 'Local'");
  }

  @Test
  void defaultsAndStatusAndUnknownFields() throws Exception {
    String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n"
        + "  sessionAffinityConfig: {clientIP: {timeoutSeconds: 10}}\n"
        + "status:\n  loadBalancer:\n    ingress: [{ip: 10.0.0.1, ipMode: VIP, ports: [{port: 80, protocol: TCP}]}]\n";
    Service svc = Manifests.standard().readOne(yaml, Service.class);
    assertThat(svc.spec().typeOrDefault()).isEqualTo(ServiceType.CLUSTER_IP);
    assertThat(svc.spec().ports().get(0).protocolOrDefault()).isEqualTo(ServiceProtocol.TCP);
    assertThat(svc.spec().ports().get(0).targetPortOrDefault()).isEqualTo(IntOrString.of(80));
    // Modelled since strict field validation (k8s.io/api core/v1 ServiceSpec.SessionAffinityConfig).
    assertThat(svc.spec().sessionAffinityConfig().flatMap(SessionAffinityConfig::clientIP)
        .flatMap(ClientIpConfig::timeoutSeconds)).contains(10);
    assertThat(svc.spec().additionalProperties()).isEmpty();
    assertThat(svc.status().flatMap(ServiceStatus::loadBalancer).orElseThrow().ingress().get(0).ip()).contains("10.0.0.1");
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(svc))).isEqualTo(SeedManifests.tree(yaml));
    assertThat(violations(svc)).isEmpty();
  }
}
