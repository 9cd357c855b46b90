package dev.dvp.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterFactsTest {
  // As `kubectl get storageclasses,virtualmachineclasses -o yaml` prints them (trimmed).
  static final String CLASSES = dev.dvp.testing.ClusterFixtures.CLASSES;
  static final String MODULES = dev.dvp.testing.ClusterFixtures.MODULES;

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
  void readsKubectlListsAndTheClusterInfo() {
    ClusterFacts facts = facts(CLASSES, MODULES);
    assertThat(facts.edition()).isEqualTo(Edition.EE);
    assertThat(facts.kubernetesVersion()).contains("v1.34.2");
    assertThat(facts.clusterUUID()).contains("3f1c0e8a-5d2b-4c55-9a43-3a3e7d8f0b11");
    assertThat(facts.moduleEnabled("sdn")).isTrue();
    assertThat(facts.featureGate(ClusterFacts.SDN)).isTrue();
    assertThat(facts.featureGate(ClusterFacts.GPU)).isTrue();
    assertThat(facts.virtualMachineCIDRs()).containsExactly("10.66.10.0/24");
    assertThat(facts.defaultVirtualDiskStorageClass()).contains("ceph-rbd");
    assertThat(facts.defaultVirtualImageStorageClass()).isEmpty();
    assertThat(facts.storageClasses()).extracting(Resource::name).containsExactly("ceph-rbd", "local");
    assertThat(facts.defaultStorageClass()).contains("ceph-rbd");
    assertThat(facts.defaultVirtualMachineClass()).contains("generic");
    assertThat(facts.nodes()).extracting(Resource::name).containsExactly("worker-0");
    assertThat(facts.objects()).hasSize(6);
  }

  @Test
  void readsADirectory(@TempDir Path dir) throws IOException, ManifestException {
    Files.writeString(dir.resolve("classes.yaml"), CLASSES);
    Files.writeString(dir.resolve("modules.yaml"), MODULES);
    Files.writeString(dir.resolve("notes.txt"), "not a manifest");
    assertThat(ClusterFacts.read(dir).defaultStorageClass()).contains("ceph-rbd");
  }

  @Test
  void unstatedFactsAreDvpsDefaults() {
    ClusterFacts none = ClusterFacts.defaults();
    assertThat(none.edition()).isEqualTo(Edition.CE);
    assertThat(none.moduleEnabled("sdn")).isFalse();
    assertThat(none.moduleEnabled("virtualization")).isTrue();
    for (String gate : List.of(ClusterFacts.SDN, ClusterFacts.USB, ClusterFacts.GPU, ClusterFacts.TARGET_MIGRATION,
        ClusterFacts.VOLUME_MIGRATION)) {
      assertThat(none.featureGate(gate)).as(gate).isFalse();
    }
    assertThat(none.virtualMachineCIDRs()).isEmpty();
    assertThat(none.defaultStorageClass()).isEmpty();
  }

  @Test
  void gateDefaultsFollowTheEditionAsInDvp() {
    ClusterFacts ee = ClusterFacts.builder().edition(Edition.EE).build();
    assertThat(ee.featureGate(ClusterFacts.TARGET_MIGRATION)).isTrue();
    assertThat(ee.featureGate(ClusterFacts.VOLUME_MIGRATION)).isTrue();
    assertThat(ee.featureGate("AutoMigrationIfNodePlacementChanged")).isTrue();
    // GPU is off until the ModuleConfig lists it, and locked off in CE.
    assertThat(ee.featureGate(ClusterFacts.GPU)).isFalse();
    assertThat(ClusterFacts.builder().edition(Edition.EE).moduleFeatureGates(List.of("GPU")).build()
        .featureGate(ClusterFacts.GPU)).isTrue();
    assertThat(ClusterFacts.builder().moduleFeatureGates(List.of("GPU")).build().featureGate(ClusterFacts.GPU))
        .isFalse();
    // USB: EE, the API server's DRA gates and Kubernetes 1.34.
    List<String> dra =
        List.of("DRAResourceClaimDeviceStatus", "DRADeviceBindingConditions", "DRAConsumableCapacity");
    assertThat(ee.featureGate(ClusterFacts.USB)).isFalse();
    assertThat(ClusterFacts.builder().edition(Edition.EE).kubeAPIServerFeatureGates(dra).kubernetesVersion("1.34")
        .build().featureGate(ClusterFacts.USB)).isTrue();
    assertThat(ClusterFacts.builder().edition(Edition.EE).kubeAPIServerFeatureGates(dra).kubernetesVersion("1.33.4")
        .build().featureGate(ClusterFacts.USB)).isFalse();
    assertThat(ClusterFacts.builder().kubeAPIServerFeatureGates(dra).kubernetesVersion("1.35.0").build()
        .featureGate(ClusterFacts.USB)).isFalse();
    // A gate stated outright wins.
    assertThat(ClusterFacts.builder().featureGate(ClusterFacts.USB, true).build().featureGate(ClusterFacts.USB))
        .isTrue();
  }

  @Test
  void clusterInfoOverridesAndMistakes() {
    ClusterFacts facts = facts("""
        apiVersion: sdk.dvp.dev/v1alpha1
        kind: ClusterInfo
        metadata: {name: cluster}
        spec:
          edition: SE+
          featureGates: {TargetMigration: false}
        """);
    assertThat(facts.edition()).isEqualTo(Edition.EE);
    assertThat(facts.featureGate(ClusterFacts.TARGET_MIGRATION)).isFalse();
    assertThat(facts.featureGate(ClusterFacts.VOLUME_MIGRATION)).isTrue();
    List<Resource> badEdition = read("""
        apiVersion: sdk.dvp.dev/v1alpha1
        kind: ClusterInfo
        metadata: {name: cluster}
        spec: {edition: XE}
        """);
    assertThatThrownBy(() -> ClusterFacts.read(badEdition)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ClusterInfo cluster: spec.edition must be CE or EE (SE, SE+ and BE read as EE), got \"XE\"");
    assertThatThrownBy(() -> ClusterFacts.builder().kubernetesVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
