package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties: generated valid VirtualDisks, VirtualImages, ClusterVirtualImages, Secrets, Services and Ingresses
 * validate clean and come back equal through YAML and through JSON.
 */
class KindsRoundTripPropertiesTest {
  private static final List<String> NAMES = List.of("a", "web", "linux-vm", "db-0", "x1");

  private static Gen<String> names() {
    return integers().between(0, NAMES.size() - 1).map(NAMES::get);
  }

  private static Gen<String> hex(int length) {
    return integers().between(0, Integer.MAX_VALUE).map(seed -> {
      StringBuilder out = new StringBuilder(length);
      long x = seed;
      for (int i = 0; i < length; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
        out.append("0123456789abcdefABCDEF".charAt((int) ((x >>> 33) % 22)));
      }
      return out.toString();
    });
  }

  private static Gen<HttpDataSource> http() {
    return names().zip(hex(64), booleans().all(), (name, sha, withSum) -> {
      ImmutableHttpDataSource.Builder b = HttpDataSource.builder().url("https://images.example.com/" + name + ".qcow2");
      if (withSum) {
        b.checksum(Checksum.builder().sha256(sha).build());
      }
      return b.build();
    });
  }

  private static Gen<VirtualDisk> disks() {
    return names().zip(integers().between(1, 4096), integers().between(0, 2), (name, mi, kind) -> {
      ImmutableVirtualDiskSpec.Builder spec = VirtualDiskSpec.builder()
          .persistentVolumeClaim(VirtualDiskPersistentVolumeClaim.builder().size(Quantity.parse(mi + "Mi")).build());
      if (kind == 1) {
        spec.dataSource(VirtualDiskDataSource.builder().type(DataSourceType.OBJECT_REF)
            .objectRef(VirtualDiskObjectRef.of(VirtualDiskObjectRefKind.knownValues().get(mi % 3), name)).build());
      } else if (kind == 2) {
        spec.dataSource(VirtualDiskDataSource.builder().type(DataSourceType.CONTAINER_IMAGE)
            .containerImage(ContainerImageDataSource.of("registry.example.com/" + name + ":" + mi)).build());
      }
      return VirtualDisk.builder().metadata(ObjectMeta.of(name, "ns")).spec(spec.build()).build();
    });
  }

  private static Gen<VirtualImage> images() {
    return names().zip(http(), integers().between(0, 3), (name, http, storage) -> {
      ImmutableVirtualImageSpec.Builder spec = VirtualImageSpec.builder().dataSource(
          VirtualImageDataSource.builder().type(DataSourceType.HTTP).http(http).build());
      if (storage < 3) {
        spec.storage(VirtualImageStorage.knownValues().get(storage));
      }
      return VirtualImage.builder().metadata(ObjectMeta.of(name, "ns")).spec(spec.build()).build();
    });
  }

  private static Gen<ClusterVirtualImage> clusterImages() {
    return names().zip(integers().between(0, 3), (name, kind) -> ClusterVirtualImage.builder()
        .metadata(ObjectMeta.named(name))
        .spec(ClusterVirtualImageSpec.of(ClusterVirtualImageDataSource.builder().type(DataSourceType.OBJECT_REF)
            .objectRef(ClusterVirtualImageObjectRef.builder().kind(ImageObjectRefKind.knownValues().get(kind))
                .name(name).namespace("ns-" + name).build())
            .build()))
        .build());
  }

  private static Gen<Secret> secrets() {
    return names().zip(integers().between(0, 1000), booleans().all(), (name, n, cloudInit) -> {
      String payload = "#cloud-config\n# " + n + "\n";
      return cloudInit ? Secret.cloudInit(ObjectMeta.named(name), payload)
          : Secret.builder().metadata(ObjectMeta.named(name)).type(Secret.SYSPREP_TYPE)
              .putData("unattend.xml", Base64.getEncoder().encodeToString(payload.getBytes()))
              .putStringData("note", "n" + n).build();
    });
  }

  private static Gen<Service> services() {
    return names().zip(integers().between(1, 65535), integers().between(30000, 32767), integers().between(0, 3),
        (name, port, nodePort, type) -> {
          ImmutableServicePort.Builder p = ServicePort.builder().name("p-" + name).port(port)
              .targetPort(port % 2 == 0 ? IntOrString.of(port) : IntOrString.of("http"));
          ImmutableServiceSpec.Builder spec = ServiceSpec.builder().putSelector("app", name);
          if (type == 1 || type == 2) {
            p.nodePort(nodePort);
            spec.type(type == 1 ? ServiceType.NODE_PORT : ServiceType.LOAD_BALANCER);
          } else if (type == 3) {
            spec.clusterIP(ServiceSpec.CLUSTER_IP_NONE);
          }
          return Service.builder().metadata(ObjectMeta.of(name, "default")).spec(spec.addPort(p.build()).build())
              .build();
        });
  }

  private static Gen<Ingress> ingresses() {
    return names().zip(integers().between(1, 65535), integers().between(0, 2), (name, port, type) ->
        Ingress.builder().metadata(ObjectMeta.named(name))
            .spec(IngressSpec.builder().addRule(IngressRule.builder().host(name + ".example.com")
                .http(HttpIngressRuleValue.builder().addPath(HttpIngressPath.builder().path("/" + name)
                    .pathType(PathType.knownValues().get(type))
                    .backend(IngressBackend.builder().service(IngressServiceBackend.of(name, port)).build())
                    .build()).build())
                .build()).build())
            .build());
  }

  private static void roundTrips(Resource resource) {
    assertThat(StructuralValidator.standard().validate(resource)).as(resource.toString()).isEmpty();
    Manifests codec = Manifests.standard();
    try {
      assertThat(codec.readOne(codec.toYaml(resource), resource.getClass())).isEqualTo(resource);
      assertThat(codec.readOne(codec.toJson(resource), resource.getClass())).isEqualTo(resource);
      assertThat(codec.read(codec.toYaml(resource), "generated")).containsExactly(resource);
    } catch (ManifestException e) {
      throw new AssertionError("generated " + resource + " does not read back: " + e.getMessage(), e);
    }
  }

  @Test
  void disksRoundTrip() {
    qt().forAll(disks()).checkAssert(KindsRoundTripPropertiesTest::roundTrips);
  }

  @Test
  void imagesRoundTrip() {
    qt().forAll(images()).checkAssert(KindsRoundTripPropertiesTest::roundTrips);
    qt().forAll(clusterImages()).checkAssert(KindsRoundTripPropertiesTest::roundTrips);
  }

  @Test
  void secretsRoundTripAndDecode() {
    qt().forAll(secrets()).checkAssert(secret -> {
      roundTrips(secret);
      String key = secret.firstKey(Secret.CLOUD_INIT_KEYS).or(() -> secret.firstKey(Secret.SYSPREP_KEYS)).orElseThrow();
      assertThat(secret.decodedText(key).orElseThrow()).startsWith("#cloud-config");
    });
  }

  @Test
  void servicesAndIngressesRoundTrip() {
    qt().forAll(services()).checkAssert(KindsRoundTripPropertiesTest::roundTrips);
    qt().forAll(ingresses()).checkAssert(KindsRoundTripPropertiesTest::roundTrips);
  }
}
