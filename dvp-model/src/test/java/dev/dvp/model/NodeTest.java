package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTest {
  // Trimmed from `kubectl get nodes -o yaml` of a DVP worker (a List, as kubectl prints several nodes).
  static final String KUBECTL = String.join("\n",
      "apiVersion: v1",
      "items:",
      "- apiVersion: v1",
      "  kind: Node",
      "  metadata:",
      "    annotations:",
      "      node.alpha.kubernetes.io/ttl: \"0\"",
      "    creationTimestamp: \"2025-01-20T10:11:12Z\"",
      "    labels:",
      "      kubernetes.io/arch: amd64",
      "      kubernetes.io/hostname: worker-1",
      "      kubevirt.internal.virtualization.deckhouse.io/schedulable: \"true\"",
      "      node.deckhouse.io/group: green",
      "    name: worker-1",
      "    resourceVersion: \"123456\"",
      "    uid: 0b7c5d1e-5c1f-4a33-9a53-4c2f7f2c2a11",
      "  spec:",
      "    podCIDR: 10.111.1.0/24",
      "    podCIDRs:",
      "    - 10.111.1.0/24",
      "    taints:",
      "    - effect: NoSchedule",
      "      key: dedicated.deckhouse.io",
      "      value: system",
      "    unschedulable: true",
      "  status:",
      "    addresses:",
      "    - address: 10.0.0.11",
      "      type: InternalIP",
      "    - address: worker-1",
      "      type: Hostname",
      "    allocatable:",
      "      cpu: 3800m",
      "      ephemeral-storage: \"47233297124\"",
      "      memory: 15883092Ki",
      "      pods: \"110\"",
      "    capacity:",
      "      cpu: \"4\"",
      "      memory: 16391996Ki",
      "      pods: \"110\"",
      "    conditions:",
      "    - lastHeartbeatTime: \"2025-02-01T08:00:00Z\"",
      "      lastTransitionTime: \"2025-01-20T10:12:00Z\"",
      "      message: kubelet is posting ready status",
      "      reason: KubeletReady",
      "      status: \"True\"",
      "      type: Ready",
      "    daemonEndpoints:",
      "      kubeletEndpoint:",
      "        Port: 10250",
      "    nodeInfo:",
      "      architecture: amd64",
      "      bootID: 3c1b",
      "      containerRuntimeVersion: containerd://1.7.27",
      "      kernelVersion: 6.8.0-51-generic",
      "      kubeProxyVersion: \"\"",
      "      kubeletVersion: v1.31.6",
      "      machineID: 9f1e",
      "      operatingSystem: linux",
      "      osImage: Ubuntu 24.04.1 LTS",
      "      systemUUID: 4c4c4544",
      "kind: List",
      "metadata:",
      "  resourceVersion: \"\"",
      "");

  static String firstItem() throws Exception {
    JsonNode list = new YAMLMapper().readTree(KUBECTL);
    return new ObjectMapper().writeValueAsString(list.get("items").get(0));
  }

  @Test
  void readsKubectlOutputAndRoundTrips() throws Exception {
    String json = firstItem();
    Node node = Manifests.standard().readOne(json, Node.class);
    assertThat(node.name()).isEqualTo("worker-1");
    assertThat(node.labels()).containsEntry("node.deckhouse.io/group", "green");
    assertThat(node.spec().unschedulableOrDefault()).isTrue();
    assertThat(node.spec().taints()).containsExactly(
        Taint.of("dedicated.deckhouse.io", "system", TaintEffect.NO_SCHEDULE));
    assertThat(node.allocatable().get("cpu").milliValue()).isEqualTo(3800);
    assertThat(node.allocatable().get("memory")).isEqualTo(Quantity.parse("15883092Ki"));
    NodeStatus status = node.status().orElseThrow();
    assertThat(status.capacity().get("cpu")).isEqualTo(Quantity.parse("4"));
    NodeCondition ready = status.condition("Ready").orElseThrow();
    assertThat(ready.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(ready.lastHeartbeatTime()).contains("2025-02-01T08:00:00Z");
    assertThat(status.nodeInfo().flatMap(NodeSystemInfo::architecture)).contains("amd64");
    // Modelled since strict field validation (k8s.io/api core/v1 NodeStatus.DaemonEndpoints), kept as read.
    assertThat(status.daemonEndpoints()).containsKey("kubeletEndpoint");
    assertThat(status.additionalProperties()).isEmpty();
    JsonNode written = new ObjectMapper().readTree(Manifests.standard().toJson(node));
    assertThat(written).isEqualTo(new ObjectMapper().readTree(json));
  }

  @Test
  void manifestsDispatchV1NodeToNode() throws Exception {
    String yaml = String.join("\n",
        "apiVersion: v1", "kind: Node", "metadata:", "  name: n1", "  labels: {disktype: ssd}",
        "status:", "  allocatable: {cpu: \"2\", memory: 4Gi}", "");
    List<Resource> read = Manifests.standard().read(yaml, "nodes.yaml");
    assertThat(read).singleElement().isInstanceOf(Node.class);
    Node node = (Node) read.get(0);
    assertThat(node.spec()).isEqualTo(NodeSpec.builder().build());
    assertThat(node.spec().unschedulableOrDefault()).isFalse();
    assertThat(node.allocatable()).containsKeys("cpu", "memory");
    assertThat(Node.named("x").allocatable()).isEmpty();
  }

  @Test
  void reportsAMissingConditionTypeWithItsPath() {
    String yaml = String.join("\n",
        "apiVersion: v1", "kind: Node", "metadata: {name: n1}", "status:", "  conditions:",
        "  - status: \"True\"", "");
    assertThatThrownBy(() -> Manifests.standard().read(yaml, "nodes.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("status.conditions[0].type");
  }
}
