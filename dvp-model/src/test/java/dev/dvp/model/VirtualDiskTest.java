package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VirtualDisk: the seed's disk, the CRD's schema keywords and the four dataSource CEL rules. */
class VirtualDiskTest {
  private static final String HEAD = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualDisk\n"
      + "metadata: {name: d}\nspec:\n";

  static List<String> violations(Object value) {
    return StructuralValidator.standard().validate(value).stream().map(Violation::toString).toList();
  }

  private static VirtualDisk disk(String spec) throws Exception {
    return Manifests.standard().readOne(HEAD + spec, VirtualDisk.class);
  }

  @Test
  void seedDiskReadsValidatesAndRoundTrips() throws Exception {
    List<String> seed = SeedManifests.ofKind("VirtualDisk");
    assertThat(seed).hasSize(1);
    VirtualDisk disk = Manifests.standard().readOne(seed.get(0), VirtualDisk.class);
    assertThat(disk.name()).isEqualTo("linux-disk");
    VirtualDiskDataSource source = disk.spec().dataSource().orElseThrow();
    assertThat(source.type()).contains(DataSourceType.OBJECT_REF);
    assertThat(source.objectRef()).contains(
        VirtualDiskObjectRef.of(VirtualDiskObjectRefKind.VIRTUAL_IMAGE, "ubuntu"));
    assertThat(violations(disk)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(disk))).isEqualTo(SeedManifests.tree(seed.get(0)));
    assertThat(SeedManifests.tree(SeedManifests.example("quickstart/virtualdisk-linux-disk.yaml")))
        .isEqualTo(SeedManifests.tree(seed.get(0)));
  }

  @Test
  void crdExampleAndBlankDiskAreValid() throws Exception {
    VirtualDisk example = disk("  dataSource:\n    objectRef: {kind: VirtualImage, name: example-image}\n"
        + "    type: ObjectRef\n  persistentVolumeClaim: {size: 10Gi, storageClassName: standard}\n");
    assertThat(violations(example)).isEmpty();
    assertThat(example.spec().persistentVolumeClaim().flatMap(VirtualDiskPersistentVolumeClaim::size))
        .contains(Quantity.parse("10Gi"));
    assertThat(violations(disk("  persistentVolumeClaim: {size: 100Mi}\n"))).isEmpty();
  }

  @Test
  void eachTypeNeedsItsOwnSourceOnly() throws Exception {
    assertThat(violations(disk("  dataSource: {type: HTTP}\n"))).containsExactly(
        "spec.dataSource: Invalid value: \"object\": HTTP requires http and cannot have ContainerImage, ObjectRef or Upload.");
    assertThat(violations(disk("  dataSource: {type: HTTP, http: {url: 'https://a.b/c.img'}, upload: {}}\n")))
        .containsExactly("spec.dataSource: Invalid value: \"object\": "
            + "HTTP requires http and cannot have ContainerImage, ObjectRef or Upload.");
    assertThat(violations(disk("  dataSource: {type: ContainerImage, http: {url: 'https://a.b/c.img'}}\n")))
        .containsExactly("spec.dataSource: Invalid value: \"object\": "
            + "ContainerImage requires containerImage and cannot have HTTP, ObjectRef or Upload.");
    assertThat(violations(disk("  dataSource: {type: ObjectRef, containerImage: {image: 'r.io/a:1'}}\n")))
        .containsExactly("spec.dataSource: Invalid value: \"object\": "
            + "ObjectRef requires objectRef and cannot have HTTP, ContainerImage or Upload.");
    assertThat(violations(disk("  dataSource: {type: Upload, objectRef: {kind: VirtualImage, name: x}}\n")))
        .containsExactly("spec.dataSource: Invalid value: \"object\": "
            + "Upload cannot have HTTP, ContainerImage or ObjectRef.");
    assertThat(violations(disk("  dataSource: {type: Upload}\n"))).isEmpty();
    assertThat(violations(disk("  dataSource: {type: Upload, upload: {}}\n"))).isEmpty();
    assertThat(violations(disk("  dataSource: {type: ContainerImage, containerImage: {image: 'r.io/a:1'}}\n")))
        .isEmpty();
  }

  @Test
  void aDataSourceWithoutTypeFailsEveryRuleEvaluation() throws Exception {
    assertThat(violations(disk("  dataSource: {http: {url: 'https://a.b/c.img'}}\n"))).containsExactly(
        "spec.dataSource: Invalid value: \"object\": no such key: type evaluating rule: "
            + "ContainerImage requires containerImage and cannot have HTTP, ObjectRef or Upload.",
        "spec.dataSource: Invalid value: \"object\": no such key: type evaluating rule: "
            + "HTTP requires http and cannot have ContainerImage, ObjectRef or Upload.",
        "spec.dataSource: Invalid value: \"object\": no such key: type evaluating rule: "
            + "ObjectRef requires objectRef and cannot have HTTP, ContainerImage or Upload.",
        "spec.dataSource: Invalid value: \"object\": no such key: type evaluating rule: "
            + "Upload cannot have HTTP, ContainerImage or ObjectRef.");
  }

  @Test
  void enumsOfTypeAndObjectRefKind() throws Exception {
    assertThat(violations(disk("  dataSource: {type: S3}\n"))).containsExactly(
        "spec.dataSource.type: Unsupported value: \"S3\": supported values: \"HTTP\", \"ContainerImage\", "
            + "\"ObjectRef\", \"Upload\"");
    // A disk cannot be created from another disk: VirtualDisk is in the image kinds' enum, not the disk's.
    assertThat(violations(disk("  dataSource: {type: ObjectRef, objectRef: {kind: VirtualDisk, name: other}}\n")))
        .containsExactly("spec.dataSource.objectRef.kind: Unsupported value: \"VirtualDisk\": supported values: "
            + "\"ClusterVirtualImage\", \"VirtualImage\", \"VirtualDiskSnapshot\"");
    assertThat(violations(disk("  dataSource: {type: ObjectRef, objectRef: {kind: VirtualImage, name: ''}}\n")))
        .containsExactly("spec.dataSource.objectRef.name: Invalid value: \"\": "
            + "spec.dataSource.objectRef.name in body should be at least 1 chars long");
  }

  @Test
  void objectRefNeedsKindAndName() {
    assertThatThrownBy(() -> disk("  dataSource: {type: ObjectRef, objectRef: {name: x}}\n"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.dataSource.objectRef.kind: Required value");
  }

  @Test
  void urlPatternAndChecksums() throws Exception {
    assertThat(violations(disk("  dataSource: {type: HTTP, http: {url: 'ftp://a.b/c.img'}}\n"))).containsExactly(
        "spec.dataSource.http.url: Invalid value: \"ftp://a.b/c.img\": spec.dataSource.http.url in body should "
            + "match '^http[s]?:\\/\\/(?:[a-zA-Z]|[0-9]|[$-_@.&+]|[!*\\(\\),]|(?:%[0-9a-fA-F][0-9a-fA-F]))+$'");
    String md5 = "f3b59bed9f91e32fac1210184fcff6f5";
    assertThat(violations(disk("  dataSource: {type: HTTP, http: {url: 'https://a.b/c', checksum: {md5: " + md5
        + "}}}\n"))).isEmpty();
    assertThat(violations(disk("  dataSource: {type: HTTP, http: {url: 'https://a.b/c', checksum: {md5: "
        + md5.substring(1) + "}}}\n"))).containsExactly(
        "spec.dataSource.http.checksum.md5: Invalid value: \"" + md5.substring(1)
            + "\": spec.dataSource.http.checksum.md5 in body should be at least 32 chars long",
        "spec.dataSource.http.checksum.md5: Invalid value: \"" + md5.substring(1)
            + "\": spec.dataSource.http.checksum.md5 in body should match '^[0-9a-fA-F]{32}$'");
    String badSha1 = "z".repeat(40);
    assertThat(violations(disk("  dataSource: {type: Upload, upload: {checksum: {sha1: " + badSha1 + "}}}\n")))
        .containsExactly("spec.dataSource.upload.checksum.sha1: Invalid value: \"" + badSha1
            + "\": spec.dataSource.upload.checksum.sha1 in body should match '^[0-9a-fA-F]{40}$'");
    assertThat(violations(disk("  dataSource: {type: Upload, upload: {checksum: {streebog512: " + "a".repeat(129)
        + "}}}\n"))).containsExactly("spec.dataSource.upload.checksum.streebog512: Too long: may not be more than "
            + "128 bytes", "spec.dataSource.upload.checksum.streebog512: Invalid value: \"" + "a".repeat(129)
            + "\": spec.dataSource.upload.checksum.streebog512 in body should match '^[0-9a-fA-F]{128}$'");
  }

  @Test
  void imageReferencePatternAndCaBundleFormat() throws Exception {
    for (String ok : List.of("registry.example.com/images/slackware:15", "ubuntu", "localhost:5000/a/b:c",
        "r.io/a@sha256:" + "0".repeat(64))) {
      assertThat(violations(disk("  dataSource: {type: ContainerImage, containerImage: {image: '" + ok + "'}}\n")))
          .as(ok).isEmpty();
    }
    assertThat(violations(disk("  dataSource: {type: ContainerImage, containerImage: {image: 'Upper/Case'}}\n")))
        .containsExactly("spec.dataSource.containerImage.image: Invalid value: \"Upper/Case\": "
            + "spec.dataSource.containerImage.image in body should match '" + ContainerImageRules.IMAGE_PATTERN + "'");
    assertThat(ContainerImageRules.IMAGE_PATTERN).startsWith("^(?P<name>");
    assertThat(violations(disk("  dataSource: {type: ContainerImage, containerImage: {image: a, caBundle: YWFhCg==}}\n")))
        .isEmpty();
    assertThat(violations(disk("  dataSource: {type: HTTP, http: {url: 'https://a.b/c', caBundle: 'not base64'}}\n")))
        .containsExactly("spec.dataSource.http.caBundle: Invalid value: \"not base64\": "
            + "spec.dataSource.http.caBundle in body must be of type byte: \"not base64\"");
  }

  @Test
  void unknownFieldsAndFullStatusSurvive() throws Exception {
    String yaml = HEAD + "  future: {x: 1}\n  dataSource:\n    type: HTTP\n    http: {url: 'https://a.b/c', extra: true}\n"
        + "status:\n  attachedToVirtualMachines: [{name: vm, mounted: true}]\n  capacity: 50G\n"
        + "  conditions: [{type: Ready, status: 'True', reason: Ready, message: '', lastTransitionTime: "
        + "'2024-01-01T00:00:00Z'}]\n"
        + "  downloadSpeed: {avg: 1 Mbps, avgBytes: 1012345 B/s, current: 5 Mbps, currentBytes: 5123456 B/s}\n"
        + "  imageUploadURLs: {external: e, inCluster: i}\n"
        + "  migrationState: {startTimestamp: '2024-01-01T00:00:00Z', endTimestamp: '2024-01-01T00:01:00Z', "
        + "result: Succeeded, message: ok, sourcePVC: a, targetPVC: b}\n"
        + "  observedGeneration: 2\n  phase: Ready\n  progress: 100%\n  sourceUID: u\n"
        + "  stats: {creationDuration: {dvcrProvisioning: 1s, totalProvisioning: 2s, waitingForDependencies: 0s, "
        + "waitingForFirstConsumer: 3s}}\n  storageClassName: sc\n  target: {persistentVolumeClaimName: pvc}\n"
        + "  uploadCommand: cmd\n  newStatusField: 1\n";
    VirtualDisk disk = Manifests.standard().readOne(yaml, VirtualDisk.class);
    assertThat(disk.spec().additionalProperties()).containsKey("future");
    assertThat(disk.status().orElseThrow().phase()).contains(VirtualDiskPhase.READY);
    assertThat(disk.status().orElseThrow().migrationState().flatMap(VirtualDiskMigrationState::result))
        .contains(VirtualDiskMigrationResult.SUCCEEDED);
    assertThat(violations(disk)).isEmpty();
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(disk))).isEqualTo(SeedManifests.tree(yaml));
    assertThat(Manifests.standard().toJsonTree(disk))
        .isEqualTo(Manifests.standard().toJsonTree(Manifests.standard().readOne(Manifests.standard().toJson(disk),
            VirtualDisk.class)));
  }

  @Test
  void unknownPhaseIsKeptAndReported() throws Exception {
    VirtualDisk disk = Manifests.standard().readOne(HEAD + "  persistentVolumeClaim: {size: 1Gi}\nstatus: {phase: Sleeping}\n",
        VirtualDisk.class);
    assertThat(disk.status().orElseThrow().phase().orElseThrow().isKnown()).isFalse();
    assertThat(violations(disk)).singleElement().asString().startsWith("status.phase: Unsupported value: \"Sleeping\"");
  }
}
