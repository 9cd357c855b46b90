package dev.dvp.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.ImmutableObjectMeta;
import dev.dvp.model.ImmutableVirtualMachine;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.NodePortRange;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Service;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.model.VirtualMachineStatus;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which VMs back a Service, how it is reached, its DNS names and node port ranges. */
class ServiceSelectionTest {
  private static final ServiceSelection SERVICES = ServiceSelection.standard();

  static VirtualMachine vm(String name, String namespace, Map<String, String> labels, VirtualMachinePhase phase) {
    ImmutableObjectMeta.Builder meta = ObjectMeta.builder().name(name).putAllLabels(labels);
    if (namespace != null) {
      meta.namespace(namespace);
    }
    ImmutableVirtualMachine.Builder vm = VirtualMachine.builder().metadata(meta.build())
        .spec(VirtualMachineSpec.builder().virtualMachineClassName("generic").cpu(Cpu.of(1))
            .memory(Memory.of(Quantity.parse("1Gi")))
            .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, name)).build());
    if (phase != null) {
      vm.status(VirtualMachineStatus.builder().phase(phase).build());
    }
    return vm.build();
  }

  static Service service(String yaml) throws Exception {
    return Manifests.standard().readOne("apiVersion: v1\nkind: Service\n" + yaml, Service.class);
  }

  @Test
  void theSeedsNginxServiceReachesRunningVmsLabelledAppNginxInItsNamespace() throws Exception {
    Service svc = service("metadata: {name: linux-vm-nginx}\nspec:\n  selector: {app: nginx}\n"
        + "  ports: [{protocol: TCP, port: 80, targetPort: 80}]\n");
    VirtualMachine running = vm("a", null, Map.of("app", "nginx", "tier", "web"), VirtualMachinePhase.RUNNING);
    VirtualMachine migrating = vm("b", "default", Map.of("app", "nginx"), VirtualMachinePhase.MIGRATING);
    VirtualMachine stopped = vm("c", "default", Map.of("app", "nginx"), VirtualMachinePhase.STOPPED);
    VirtualMachine noStatus = vm("d", "default", Map.of("app", "nginx"), null);
    VirtualMachine otherLabel = vm("e", "default", Map.of("app", "apache"), VirtualMachinePhase.RUNNING);
    VirtualMachine otherNamespace = vm("f", "prod", Map.of("app", "nginx"), VirtualMachinePhase.RUNNING);
    List<VirtualMachine> all = List.of(running, migrating, stopped, noStatus, otherLabel, otherNamespace);
    assertThat(SERVICES.selected(svc, all)).containsExactly(running, migrating, stopped, noStatus);
    assertThat(SERVICES.endpoints(svc, all)).containsExactly(running, migrating);
    assertThat(SERVICES.selects(svc, otherNamespace)).isFalse();
  }

  @Test
  void emptyOrMissingSelectorSelectsNothing() throws Exception {
    VirtualMachine vm = vm("a", null, Map.of("app", "nginx"), VirtualMachinePhase.RUNNING);
    assertThat(SERVICES.selects(service("metadata: {name: s}\nspec: {ports: [{port: 80}]}\n"), vm)).isFalse();
    assertThat(SERVICES.selects(service("metadata: {name: s}\nspec: {selector: {}, ports: [{port: 80}]}\n"), vm))
        .isFalse();
  }

  @Test
  void podLabelsComeFromAFunction() throws Exception {
    Service svc = service("metadata: {name: s}\nspec: {selector: {vm: a}, ports: [{port: 80}]}\n");
    VirtualMachine vm = vm("a", null, Map.of(), VirtualMachinePhase.RUNNING);
    assertThat(SERVICES.selects(svc, vm)).isFalse();
    ServiceSelection byName = SERVICES.withPodLabels(v -> Map.of("vm", v.name()));
    assertThat(byName.selects(svc, vm)).isTrue();
    assertThatThrownBy(() -> SERVICES.withPodLabels(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("labels");
  }

  @Test
  void accessKindsOfTheSeedsServices() throws Exception {
    assertThat(SERVICES.access(service("metadata: {name: http}\nspec: {clusterIP: None, selector: {app: nginx}}\n")))
        .isEqualTo(ServiceAccess.HEADLESS);
    assertThat(SERVICES.access(service("metadata: {name: http}\nspec: {selector: {app: nginx}}\n")))
        .isEqualTo(ServiceAccess.CLUSTER_IP);
    assertThat(SERVICES.access(service("metadata: {name: n}\nspec: {type: NodePort, ports: [{port: 80}]}\n")))
        .isEqualTo(ServiceAccess.NODE_PORT);
    assertThat(SERVICES.access(service("metadata: {name: n}\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n")))
        .isEqualTo(ServiceAccess.LOAD_BALANCER);
    Service external = service("metadata: {name: n}\nspec: {type: ExternalName, externalName: db.example.com, "
        + "selector: {app: nginx}}\n");
    assertThat(SERVICES.access(external)).isEqualTo(ServiceAccess.EXTERNAL_NAME);
    assertThat(SERVICES.endpoints(external, List.of(vm("a", null, Map.of("app", "nginx"), VirtualMachinePhase.RUNNING))))
        .isEmpty();
    // clusterIP: None with type NodePort is not headless.
    assertThat(SERVICES.access(service("metadata: {name: n}\nspec: {type: NodePort, clusterIP: None}\n")))
        .isEqualTo(ServiceAccess.NODE_PORT);
    assertThat(ServiceAccess.NODE_PORT.isExternallyReachable()).isTrue();
    assertThat(ServiceAccess.HEADLESS.isExternallyReachable()).isFalse();
  }

  @Test
  void dnsNamesAsTheDocumentationWritesThem() throws Exception {
    Service headless = service("metadata: {name: http, namespace: default}\nspec: {clusterIP: None}\n");
    ServiceDnsNames names = SERVICES.dnsNames(headless);
    assertThat(names.svc()).isEqualTo("http.default.svc");
    assertThat(names.fqdn()).isEqualTo("http.default.svc.cluster.local");
    assertThat(names.all()).containsExactly("http", "http.default", "http.default.svc", "http.default.svc.cluster.local");
    Service prod = service("metadata: {name: web, namespace: prod}\nspec: {ports: [{port: 80}]}\n");
    assertThat(SERVICES.withClusterDomain("corp.internal").dnsNames(prod).fqdn()).isEqualTo("web.prod.svc.corp.internal");
    assertThat(SERVICES.dnsNames(service("metadata: {name: web}\nspec: {ports: [{port: 80}]}\n")).fqdn())
        .isEqualTo("web.default.svc.cluster.local");
    assertThatThrownBy(() -> SERVICES.withClusterDomain("cluster.local.")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SERVICES.dnsNames(service("metadata: {generateName: web-}\nspec: {clusterIP: None}\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
  }

  @Test
  void nodePortRangeBoundariesAreAParameter() throws Exception {
    for (int port : new int[] {29999, 30000, 32767, 32768}) {
      Service svc = service("metadata: {name: n}\nspec: {type: NodePort, ports: [{port: 80, nodePort: " + port + "}]}\n");
      List<Violation> found = SERVICES.checkNodePorts(svc, NodePortRange.DEFAULT);
      boolean inside = port == 30000 || port == 32767;
      assertThat(found).as("port %d", port).hasSize(inside ? 0 : 1);
      if (!inside) {
        assertThat(found.get(0)).hasToString("spec.ports[0].nodePort: Invalid value: " + port
            + ": provided port is not in the valid range. The range of valid ports is 30000-32767");
      }
    }
    Service svc = service("metadata: {name: n}\nspec: {type: LoadBalancer, ports: [{port: 80, nodePort: 29999}]}\n");
    assertThat(SERVICES.checkNodePorts(svc, NodePortRange.parse("20000-29999"))).isEmpty();
    assertThat(SERVICES.checkNodePorts(svc, NodePortRange.parse("20000-29998"))).singleElement().asString()
        .endsWith("The range of valid ports is 20000-29998");
    assertThat(SERVICES.checkNodePorts(
        service("metadata: {name: n}\nspec: {ports: [{port: 80, nodePort: 1}]}\n"), NodePortRange.DEFAULT)).isEmpty();
    assertThat(NodePortRange.DEFAULT.contains(30000)).isTrue();
    assertThat(NodePortRange.DEFAULT.contains(32768)).isFalse();
    assertThatThrownBy(() -> NodePortRange.parse("30000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("30000-32767");
    assertThatThrownBy(() -> new NodePortRange(32767, 30000)).isInstanceOf(IllegalArgumentException.class);
  }
}
