package dev.dvp.model;

import static dev.dvp.model.VirtualDiskTest.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VirtualImage and ClusterVirtualImage: the seed's image, storage default, objectRef kinds and namespaces. */
class VirtualImageTest {
  private static final String VI = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualImage\n"
      + "metadata: {name: i}\nspec:\n";
  private static final String CVI = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: ClusterVirtualImage\n"
      + "metadata: {name: c}\nspec:\n";

  private static ClusterVirtualImage cvi(String spec) throws Exception {
    return Manifests.standard().readOne(CVI + spec, ClusterVirtualImage.class);
  }

  @Test
  void seedImageReadsValidatesAndRoundTrips() throws Exception {
    List<String> seed = SeedManifests.ofKind("VirtualImage");
    assertThat(seed).hasSize(1);
    VirtualImage image = (VirtualImage) Manifests.standard().read(seed.get(0), "seed").get(0);
    assertThat(image.spec().storage()).contains(VirtualImageStorage.CONTAINER_REGISTRY);
    assertThat(image.spec().dataSource().http().map(HttpDataSource::url))
        .contains("https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img");
    assertThat(violations(image)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(image))).isEqualTo(SeedManifests.tree(seed.get(0)));
    assertThat(SeedManifests.tree(SeedManifests.example("quickstart/virtualimage-ubuntu.yaml")))
        .isEqualTo(SeedManifests.tree(seed.get(0)));
  }

  @Test
  void storageDefaultsToContainerRegistryWithoutBeingWritten() throws Exception {
    String yaml = VI + "  dataSource: {type: HTTP, http: {url: 'https://example.com/images/disk.img'}}\n";
    VirtualImage image = Manifests.standard().readOne(yaml, VirtualImage.class);
    assertThat(image.spec().storage()).isEmpty();
    assertThat(image.spec().storageOrDefault()).isEqualTo(VirtualImageStorage.CONTAINER_REGISTRY);
    assertThat(violations(image)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(image))).isEqualTo(SeedManifests.tree(yaml));
    assertThat(violations(Manifests.standard().readOne(VI + "  storage: Ceph\n  dataSource: {type: Upload}\n",
        VirtualImage.class))).containsExactly("spec.storage: Unsupported value: \"Ceph\": supported values: "
            + "\"ContainerRegistry\", \"Kubernetes\", \"PersistentVolumeClaim\"");
  }

  @Test
  void imagesMayComeFromDisksAndShareTheDataSourceRules() throws Exception {
    VirtualImage fromDisk = Manifests.standard().readOne(VI + "  storage: PersistentVolumeClaim\n"
        + "  persistentVolumeClaim: {storageClassName: sc}\n"
        + "  dataSource: {type: ObjectRef, objectRef: {kind: VirtualDisk, name: d}}\n", VirtualImage.class);
    assertThat(violations(fromDisk)).isEmpty();
    assertThat(violations(Manifests.standard().readOne(VI + "  dataSource: {type: ObjectRef}\n", VirtualImage.class)))
        .containsExactly("spec.dataSource: Invalid value: \"object\": "
            + "ObjectRef requires objectRef and cannot have HTTP, ContainerImage or Upload.");
  }

  @Test
  void imageNeedsDataSource() {
    assertThatThrownBy(() -> Manifests.standard().readOne(VI + "  storage: ContainerRegistry\n", VirtualImage.class))
        .isInstanceOf(ManifestException.class).hasMessageContaining("spec.dataSource: Required value");
  }

  @Test
  void clusterImageRequiresType() {
    assertThatThrownBy(() -> cvi("  dataSource: {http: {url: 'https://a.b/c'}}\n"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("spec.dataSource.type: Required value");
  }

  @Test
  void clusterImageObjectRefNamespaceRules() throws Exception {
    String required = "spec.dataSource.objectRef: Invalid value: \"object\": "
        + "The namespace is required for VirtualDisk, VirtualImage and VirtualDiskSnapshot";
    String tooLong = "spec.dataSource.objectRef: Invalid value: \"object\": "
        + "The namespace must be no longer than 63 characters.";
    for (String kind : List.of("VirtualImage", "VirtualDisk", "VirtualDiskSnapshot")) {
      String ref = "  dataSource: {type: ObjectRef, objectRef: {kind: " + kind + ", name: x";
      assertThat(violations(cvi(ref + "}}\n"))).as(kind).containsExactly(required, tooLong);
      assertThat(violations(cvi(ref + ", namespace: ''}}\n"))).as(kind).containsExactly(required);
      assertThat(violations(cvi(ref + ", namespace: " + "n".repeat(63) + "}}\n"))).as(kind).isEmpty();
      assertThat(violations(cvi(ref + ", namespace: " + "n".repeat(64) + "}}\n"))).as(kind).containsExactly(tooLong);
    }
    assertThat(violations(cvi("  dataSource: {type: ObjectRef, objectRef: {kind: ClusterVirtualImage, name: x}}\n")))
        .isEmpty();
  }

  @Test
  void clusterImagePullSecretHasANamespace() throws Exception {
    String yaml = CVI + "  dataSource:\n    type: ContainerImage\n    containerImage:\n      image: r.io/a:1\n"
        + "      imagePullSecret: {name: creds, namespace: images}\n";
    ClusterVirtualImage image = Manifests.standard().readOne(yaml, ClusterVirtualImage.class);
    assertThat(image.spec().dataSource().containerImage().flatMap(c -> c.imagePullSecret())
        .flatMap(ClusterImagePullSecret::namespace)).contains("images");
    assertThat(violations(image)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(image))).isEqualTo(SeedManifests.tree(yaml));
    assertThat(violations(cvi("  dataSource: {type: ContainerImage, containerImage: {image: 'a b'}}\n")))
        .singleElement().asString().startsWith("spec.dataSource.containerImage.image: Invalid value: \"a b\"");
  }

  @Test
  void statusesRoundTripWithPhases() throws Exception {
    String vi = VI + "  dataSource: {type: Upload}\nstatus:\n  cdrom: true\n  format: iso\n  phase: PVCLost\n"
        + "  size: {stored: 199M, storedBytes: 199001234 B, unpacked: 1G, unpackedBytes: 1000000234 B}\n"
        + "  storageClassName: sc\n  target: {persistentVolumeClaimName: p, registryURL: 'dvcr.d8.svc/vi/ns/i:latest'}\n";
    VirtualImage image = Manifests.standard().readOne(vi, VirtualImage.class);
    assertThat(image.status().orElseThrow().phase()).contains(VirtualImagePhase.PVC_LOST);
    assertThat(violations(image)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(image))).isEqualTo(SeedManifests.tree(vi));
    // ClusterVirtualImage has no PVCLost phase.
    ClusterVirtualImage cluster = Manifests.standard().readOne(CVI + "  dataSource: {type: Upload}\nstatus:\n"
        + "  phase: PVCLost\n  usedInNamespaces: [a, b]\n  target: {registryURL: 'dvcr.d8.svc/cvi/c:latest'}\n",
        ClusterVirtualImage.class);
    assertThat(cluster.status().orElseThrow().usedInNamespaces()).containsExactly("a", "b");
    assertThat(violations(cluster)).containsExactly("status.phase: Unsupported value: \"PVCLost\": supported values: "
        + "\"Pending\", \"Provisioning\", \"WaitForUserUpload\", \"Ready\", \"Failed\", \"Terminating\", \"ImageLost\"");
  }

  @Test
  void builtValuesMatchTheJavadocExamples() {
    VirtualImage image = VirtualImage.builder().metadata(ObjectMeta.named("ubuntu"))
        .spec(VirtualImageSpec.builder().storage(VirtualImageStorage.CONTAINER_REGISTRY)
            .dataSource(VirtualImageDataSource.builder().type(DataSourceType.HTTP)
                .http(HttpDataSource.of("https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img"))
                .build())
            .build())
        .build();
    assertThat(violations(image)).isEmpty();
    assertThat(image.apiVersion()).isEqualTo("virtualization.deckhouse.io/v1alpha2");
    ClusterVirtualImage cluster = ClusterVirtualImage.builder().metadata(ObjectMeta.named("c"))
        .spec(ClusterVirtualImageSpec.of(ClusterVirtualImageDataSource.builder().type(DataSourceType.CONTAINER_IMAGE)
            .containerImage(ClusterVirtualImageContainerImage.of("r.io/a:1")).build()))
        .build();
    assertThat(violations(cluster)).isEmpty();
  }
}
