package dev.dvp.testing;

/** A small cluster as {@code kubectl get -o yaml} prints it, shared by the tests of cluster facts and admission. */
public final class ClusterFixtures {
  private ClusterFixtures() {}

  /** StorageClasses and VirtualMachineClasses, as {@code kubectl get storageclasses,virtualmachineclasses -o yaml} prints them (trimmed). */
  public static final String CLASSES = """
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
  /** ModuleConfigs and the SDK's ClusterInfo, as a cluster dump holds them. */
  public static final String MODULES = """
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
}
