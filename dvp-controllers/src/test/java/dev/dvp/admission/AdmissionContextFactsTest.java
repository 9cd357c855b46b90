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
