package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Strict field validation must accept every field of the Kubernetes kinds the SDK models: each model type's JSON
 * field names equal the json tags of its Kubernetes 1.35 Go type. The expected names are copied from
 * {@code k8s.io/api} v0.35.7 ({@code core/v1/types.go}, {@code networking/v1/types.go}, commit
 * {@code cfdecb500cd48f6d4c05d866458364f39f67b5b5}) and {@code k8s.io/apimachinery} v0.35.7
 * ({@code pkg/apis/meta/v1/types.go}, commit {@code 3e341b59324be42ccd4734b225ffc551e74af747}); an inline
 * {@code metav1.TypeMeta} contributes {@code apiVersion} and {@code kind}, and {@code IngressRule}'s inline
 * {@code IngressRuleValue} contributes {@code http}.
 *
 * <p>Not listed: {@code TopologySpreadConstraint}, {@code Toleration}s' and affinity parts as DVP's VM and class
 * specs carry them are bounded by the DVP CRDs, not by core/v1 ({@link CrdFieldsConformanceTest} pins them); the
 * core/v1 types they copy are listed where the field sets agree.
 */
class CoreFieldsConformanceTest {
  private static final List<String> TYPE_META = List.of("apiVersion", "kind");

  /** Model type, then the json tags of its Kubernetes type in Go declaration order. */
  private static final Map<Class<?>, List<String>> KUBERNETES = Map.ofEntries(
      // k8s.io/apimachinery pkg/apis/meta/v1/types.go
      Map.entry(ObjectMeta.class, List.of("name", "generateName", "namespace", "selfLink", "uid", "resourceVersion",
          "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
          "annotations", "ownerReferences", "finalizers", "managedFields")),
      Map.entry(OwnerReference.class, List.of("apiVersion", "kind", "name", "uid", "controller",
          "blockOwnerDeletion")),
      Map.entry(LabelSelector.class, List.of("matchLabels", "matchExpressions")),
      Map.entry(LabelSelectorRequirement.class, List.of("key", "operator", "values")),
      Map.entry(Condition.class, List.of("type", "status", "observedGeneration", "lastTransitionTime", "reason",
          "message")),
      // k8s.io/api core/v1/types.go: Service
      Map.entry(Service.class, concat(TYPE_META, List.of("metadata", "spec", "status"))),
      Map.entry(ServiceSpec.class, List.of("ports", "selector", "clusterIP", "clusterIPs", "type", "externalIPs",
          "sessionAffinity", "loadBalancerIP", "loadBalancerSourceRanges", "externalName", "externalTrafficPolicy",
          "healthCheckNodePort", "publishNotReadyAddresses", "sessionAffinityConfig", "ipFamilies", "ipFamilyPolicy",
          "allocateLoadBalancerNodePorts", "loadBalancerClass", "internalTrafficPolicy", "trafficDistribution")),
      Map.entry(SessionAffinityConfig.class, List.of("clientIP")),
      Map.entry(ClientIpConfig.class, List.of("timeoutSeconds")),
      Map.entry(ServicePort.class, List.of("name", "protocol", "appProtocol", "port", "targetPort", "nodePort")),
      Map.entry(ServiceStatus.class, List.of("loadBalancer", "conditions")),
      Map.entry(LoadBalancerStatus.class, List.of("ingress")),
      Map.entry(LoadBalancerIngress.class, List.of("ip", "hostname", "ipMode", "ports")),
      Map.entry(PortStatus.class, List.of("port", "protocol", "error")),
      // core/v1: Secret
      Map.entry(Secret.class, concat(TYPE_META, List.of("metadata", "immutable", "data", "stringData", "type"))),
      // core/v1: Node
      Map.entry(Node.class, concat(TYPE_META, List.of("metadata", "spec", "status"))),
      Map.entry(NodeSpec.class, List.of("podCIDR", "podCIDRs", "providerID", "unschedulable", "taints",
          "configSource", "externalID")),
      Map.entry(NodeStatus.class, List.of("capacity", "allocatable", "phase", "conditions", "addresses",
          "daemonEndpoints", "nodeInfo", "images", "volumesInUse", "volumesAttached", "config", "runtimeHandlers",
          "features", "declaredFeatures")),
      Map.entry(NodeAddress.class, List.of("type", "address")),
      Map.entry(NodeCondition.class, List.of("type", "status", "lastHeartbeatTime", "lastTransitionTime", "reason",
          "message")),
      Map.entry(NodeSystemInfo.class, List.of("machineID", "systemUUID", "bootID", "kernelVersion", "osImage",
          "containerRuntimeVersion", "kubeletVersion", "kubeProxyVersion", "operatingSystem", "architecture",
          "swap")),
      Map.entry(Taint.class, List.of("key", "value", "effect", "timeAdded")),
      // core/v1: scheduling parts
      Map.entry(NodeSelector.class, List.of("nodeSelectorTerms")),
      Map.entry(NodeSelectorTerm.class, List.of("matchExpressions", "matchFields")),
      Map.entry(NodeSelectorRequirement.class, List.of("key", "operator", "values")),
      Map.entry(Toleration.class, List.of("key", "operator", "value", "effect", "tolerationSeconds")),
      Map.entry(NodeAffinity.class, List.of("requiredDuringSchedulingIgnoredDuringExecution",
          "preferredDuringSchedulingIgnoredDuringExecution")),
      Map.entry(PreferredSchedulingTerm.class, List.of("weight", "preference")),
      Map.entry(TypedLocalObjectReference.class, List.of("apiGroup", "kind", "name")),
      // k8s.io/api networking/v1/types.go: Ingress
      Map.entry(Ingress.class, concat(TYPE_META, List.of("metadata", "spec", "status"))),
      Map.entry(IngressSpec.class, List.of("ingressClassName", "defaultBackend", "tls", "rules")),
      Map.entry(IngressRule.class, List.of("host", "http")),
      Map.entry(HttpIngressRuleValue.class, List.of("paths")),
      Map.entry(HttpIngressPath.class, List.of("path", "pathType", "backend")),
      Map.entry(IngressBackend.class, List.of("service", "resource")),
      Map.entry(IngressServiceBackend.class, List.of("name", "port")),
      Map.entry(ServiceBackendPort.class, List.of("name", "number")),
      Map.entry(IngressTls.class, List.of("hosts", "secretName")),
      Map.entry(IngressStatus.class, List.of("loadBalancer")));

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyModelledKubernetesTypeHasExactlyTheUpstreamFields() {
    return KUBERNETES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Class::getSimpleName)))
        .map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () -> {
          ModelFields fields = ModelFields.of(e.getKey()).orElseThrow();
          assertThat(fields.byName().keySet()).containsExactlyInAnyOrderElementsOf(e.getValue());
        }));
  }

  @Test
  void ingressLoadBalancerIngressIsCoveredByTheSharedType() {
    // networking/v1 IngressLoadBalancerIngress {ip, hostname, ports} and IngressPortStatus {port, protocol, error}:
    // the model reuses core/v1's LoadBalancerIngress (which adds ipMode), so every Ingress status field is accepted.
    assertThat(ModelFields.of(LoadBalancerIngress.class).orElseThrow().byName().keySet())
        .contains("ip", "hostname", "ports");
    assertThat(ModelFields.of(PortStatus.class).orElseThrow().byName().keySet())
        .contains("port", "protocol", "error");
  }

  @Test
  void everyFieldOfAFullServiceManifestIsKnown() throws Exception {
    Resource service = Manifests.standard().read("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          selfLink: /api/v1/namespaces/default/services/web
          deletionGracePeriodSeconds: 30
          managedFields:
            - {manager: kubectl, operation: Apply, apiVersion: v1, fieldsType: FieldsV1, fieldsV1: {f:spec: {}}}
        spec:
          selector: {app: web}
          ports: [{port: 80}]
          sessionAffinity: ClientIP
          sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}
          trafficDistribution: PreferClose
        """, "svc.yaml").get(0);
    assertThat(UnknownFields.of(service)).isEmpty();
  }
}
