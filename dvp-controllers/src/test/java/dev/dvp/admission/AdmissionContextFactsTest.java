package dev.dvp.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.cluster.ClusterFacts;
import dev.dvp.model.cluster.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AdmissionContext#of(ClusterFacts, ResourceSet)}: a context made from cluster facts knows every fact. */
class AdmissionContextFactsTest {
  static final String CLASSES = """
      apiVersion: v1
      items:
      - apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          annotations:
            storageclass.kubernetes.io/is-default-class: "true"
          creationTimestamp: "2026-01-10T10:00:00Z"
          name: ceph-rbd
          resourceVersion: "1234"
        provisioner: rbd.csi.ceph.com
        reclaimPolicy: Delete
        volumeBindingMode: WaitForFirstConsumer
      - apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          creationTimestamp: "2026-01-11T10:00:00Z"
          name: local
        provisioner: local.csi.storage.deckhouse.io
      - apiVersion: virtualization.deckhouse.io/v1alpha3
        kind: VirtualMachineClass
        metadata:
          annotations:
            virtualmachineclass.virtualization.deckhouse.io/is-default-class: "true"
          name: generic
        spec:
          cpu:
            type: Host
        status:
          phase: Ready
      kind: List
      metadata:
        resourceVersion: ""
      """;

  // As `kubectl get moduleconfigs,nodes -o yaml` prints them (trimmed), plus the SDK's ClusterInfo.
  static final String MODULES = """
      apiVersion: v1
      items:
      - apiVersion: deckhouse.io/v1alpha1
        kind: ModuleConfig
        metadata:
          name: virtualization
        spec:
          enabled: true
          settings:
            virtualMachineCIDRs:
            - 10.66.10.0/24
            featureGates:
            - GPU
            virtualDisks:
              defaultStorageClassName: ceph-rbd
          version: 1
        status:
          message: ""
          version: "1"
      - apiVersion: deckhouse.io/v1alpha1
        kind: ModuleConfig
        metadata:
          name: sdn
        spec:
          enabled: true
          version: 1
      - apiVersion: v1
        kind: Node
        metadata:
          labels:
            kubernetes.io/hostname: worker-0
          name: worker-0
        status:
          allocatable:
            cpu: "8"
            memory: 32Gi
          nodeInfo:
            kubeletVersion: v1.34.2
      kind: List
      metadata:
        resourceVersion: ""
      ---
      apiVersion: sdk.dvp.dev/v1alpha1
      kind: ClusterInfo
      metadata:
        name: cluster
      spec:
        edition: EE
        kubernetesVersion: v1.34.2
        clusterUUID: 3f1c0e8a-5d2b-4c55-9a43-3a3e7d8f0b11
      """;

  private static List<Resource> read(String yaml) {
    try {
      return Manifests.standard().read(yaml, "cluster.yaml");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static ClusterFacts facts(String... yamls) {
    List<Resource> all = new java.util.ArrayList<>();
    for (String y : yamls) {
      all.addAll(read(y));
    }
    return ClusterFacts.read(all);
  }

  @Test
  void otherClusterObjectsAreKeptForLookups() {
    ClusterFacts facts = facts(CLASSES, """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: vd-linux-disk-abc, namespace: prod}
        spec: {accessModes: [ReadWriteMany]}
        """);
    assertThat(facts.otherObjects()).extracting(Resource::name).containsExactly("vd-linux-disk-abc");
    AdmissionContext context = AdmissionContext.of(facts, ResourceSet.of(List.of(), "prod"));
    assertThat(context.resources().find("PersistentVolumeClaim", "prod", "vd-linux-disk-abc")).isPresent();
  }

  @Test
  void anAdmissionContextFromFactsKnowsEverything() {
    ClusterFacts facts = facts(CLASSES, MODULES);
    AdmissionContext context = AdmissionContext.of(facts, ResourceSet.of(List.of()));
    assertThat(context.storageClassesComplete()).isTrue();
    assertThat(context.virtualMachineClassesComplete()).isTrue();
    assertThat(context.edition()).contains(Edition.EE);
    assertThat(context.featureGate(AdmissionContext.SDN)).contains(true);
    assertThat(context.featureGate(AdmissionContext.USB)).contains(false);
    assertThat(context.virtualMachineCIDRs()).contains(List.of("10.66.10.0/24"));
    assertThat(context.defaultVirtualDiskStorageClass()).contains("ceph-rbd");
    assertThat(context.resources().find("StorageClass", "", "local")).isPresent();
    AdmissionContext unknown = AdmissionContext.of(ResourceSet.of(List.of()));
    assertThat(unknown.featureGate(AdmissionContext.SDN)).isEmpty();
    assertThat(unknown.virtualMachineClassesComplete()).isFalse();
  }
}
