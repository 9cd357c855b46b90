package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API server's metadata checks ({@code ValidateObjectMetaAccessor}, Kubernetes 1.35) as
 * {@link StructuralValidator} reports them, one rule and boundary at a time, with upstream's words.
 */
class MetadataValidationTest {
  static final StructuralValidator V = StructuralValidator.standard();

  static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
      + " '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for"
      + " validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or"
      + " '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for"
      + " validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start"
      + " with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex"
      + " used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
  static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', and must"
      + " start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for"
      + " validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
  static final String LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric characters,"
      + " '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or"
      + " '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

  static VirtualMachine vm(ObjectMeta meta) {
    return VirtualMachine.builder().metadata(meta).spec(StructuralValidatorTest.spec()).build();
  }

  static VirtualMachine vm(String name) {
    return vm(ObjectMeta.of(name, "default"));
  }

  static ImmutableObjectMeta.Builder meta() {
    return ObjectMeta.builder().name("vm").namespace("default");
  }

  /** The violations below {@code metadata}, as the API server prints them. */
  static List<String> metadata(Resource resource) {
    return V.validate(resource).stream().filter(v -> v.path().startsWith("metadata"))
        .map(Violation::toString).collect(Collectors.toList());
  }

  static List<String> metadata(ObjectMeta meta) {
    return metadata(vm(meta));
  }

  static Resource read(String yaml) {
    try {
      return Manifests.standard().read(yaml, "test.yaml").get(0);
    } catch (ManifestException e) {
      throw new AssertionError("the test's manifest does not read: " + e.getMessage(), e);
    }
  }

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  @Test
  void theIssuesExampleBadNameIsRejectedAsTheApiServerWordsIt() {
    List<Violation> violations = V.validate(vm("Bad_Name"));
    assertThat(violations).containsExactly(Violation.error("metadata.name", "invalid",
        "Invalid value: \"Bad_Name\": " + SUBDOMAIN));
    assertThat(violations.get(0)).hasToString("metadata.name: Invalid value: \"Bad_Name\": " + SUBDOMAIN);
  }

  @Test
  void uppercaseUnderscoresAndEdgeDashesAreNoSubdomain() {
    for (String name : List.of("BadName", "bad_name", "-vm", "vm-", "vm..x", "vm.", "вм")) {
      assertThat(metadata(vm(name))).as(name)
          .containsExactly("metadata.name: Invalid value: \"" + name + "\": " + SUBDOMAIN);
    }
    for (String name : List.of("vm", "0", "linux-vm", "vm.example.com", "1-2.3-4")) {
      assertThat(metadata(vm(name))).as(name).isEmpty();
    }
  }

  @Test
  void subdomainNamesHave253CharactersAtMost() {
    assertThat(metadata(vm(repeat('a', 253)))).isEmpty();
    String tooLong = repeat('a', 254);
    assertThat(metadata(vm(tooLong)))
        .containsExactly("metadata.name: Invalid value: \"" + tooLong + "\": must be no more than 253 characters");
    // The 63-character VM limit is DVP's webhook's (admission MetaValidator), not the API server's.
    assertThat(metadata(vm(repeat('a', 64)))).isEmpty();
  }

  @Test
  void nameOrGenerateNameIsRequired() {
    assertThat(metadata(ObjectMeta.builder().namespace("default").build()))
        .containsExactly("metadata.name: Required value: name or generateName is required");
    assertThat(metadata(ObjectMeta.builder().name("").build()))
        .containsExactly("metadata.name: Required value: name or generateName is required");
    assertThat(metadata(read("apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n")))
        .containsExactly("metadata.name: Required value: name or generateName is required");
    assertThat(metadata(ObjectMeta.builder().generateName("vm-").build())).isEmpty();
  }

  @Test
  void generateNameIsAPrefixWhoseTrailingDashIsMasked() {
    assertThat(metadata(ObjectMeta.builder().generateName("linux-").build())).isEmpty();
    assertThat(metadata(ObjectMeta.builder().generateName("linux").build())).isEmpty();
    assertThat(metadata(ObjectMeta.builder().generateName("Linux-").build()))
        .containsExactly("metadata.generateName: Invalid value: \"Linux-\": " + SUBDOMAIN);
    // A single dash is not masked (upstream masks only texts longer than one character).
    assertThat(metadata(ObjectMeta.builder().generateName("-").build()))
        .containsExactly("metadata.generateName: Invalid value: \"-\": " + SUBDOMAIN);
    // maskTrailingDash replaces the last two characters: "ab.-" is checked as "aba".
    assertThat(metadata(ObjectMeta.builder().generateName("ab.-").build())).isEmpty();
    // 253 characters with the dash: 252 + "a" after masking.
    assertThat(metadata(ObjectMeta.builder().generateName(repeat('a', 253) + "-").build())).isEmpty();
    // Both given: both are checked.
    assertThat(metadata(ObjectMeta.builder().name("Vm").generateName("Vm-").build())).containsExactly(
        "metadata.generateName: Invalid value: \"Vm-\": " + SUBDOMAIN,
        "metadata.name: Invalid value: \"Vm\": " + SUBDOMAIN);
  }

  @Test
  void namespaceIsADns1123Label() {
    assertThat(metadata(meta().namespace("Bad_NS").build()))
        .containsExactly("metadata.namespace: Invalid value: \"Bad_NS\": " + LABEL);
    assertThat(metadata(meta().namespace("team.a").build()))
        .containsExactly("metadata.namespace: Invalid value: \"team.a\": must not contain dots");
    assertThat(metadata(meta().namespace(repeat('n', 63)).build())).isEmpty();
    String tooLong = repeat('n', 64);
    assertThat(metadata(meta().namespace(tooLong).build()))
        .containsExactly("metadata.namespace: Invalid value: \"" + tooLong + "\": must be no more than 63 characters");
    // Absent: the request's namespace (kubectl's context) is used.
    assertThat(metadata(ObjectMeta.named("vm"))).isEmpty();
    // On a cluster-scoped kind the API server clears it before validating (rest.BeforeCreate).
    assertThat(metadata(read("apiVersion: v1\nkind: Node\nmetadata: {name: node-1, namespace: Bad_NS}\n")))
        .isEmpty();
    assertThat(metadata(read("apiVersion: storage.k8s.io/v1\nkind: StorageClass\n"
        + "metadata: {name: fast, namespace: Bad_NS}\nprovisioner: example.com/csi\n"))).isEmpty();
    assertThat(metadata(read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: Bad_NS}\n")))
        .containsExactly("metadata.namespace: Invalid value: \"Bad_NS\": " + LABEL);
  }

  @Test
  void serviceNamesAreDns1035Labels() {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: %s}\nspec: {ports: [{port: 80}]}\n";
    assertThat(metadata(read(service.formatted("nginx")))).isEmpty();
    assertThat(metadata(read(service.formatted("'1nginx'"))))
        .containsExactly("metadata.name: Invalid value: \"1nginx\": " + DNS1035);
    assertThat(metadata(read(service.formatted("web.example"))))
        .containsExactly("metadata.name: Invalid value: \"web.example\": " + DNS1035);
    assertThat(metadata(read(service.formatted(repeat('s', 64)))))
        .containsExactly("metadata.name: Invalid value: \"" + repeat('s', 64) + "\": must be no more than 63 characters");
  }

  @Test
  void namespaceNamesAreDns1123LabelsAndNodeNamesSubdomains() {
    assertThat(metadata(read("apiVersion: v1\nkind: Namespace\nmetadata: {name: team.a}\n")))
        .containsExactly("metadata.name: Invalid value: \"team.a\": must not contain dots");
    assertThat(metadata(read("apiVersion: v1\nkind: Namespace\nmetadata: {name: '1-team'}\n"))).isEmpty();
    assertThat(metadata(read("apiVersion: v1\nkind: Node\nmetadata: {name: node-1.example.com}\n"))).isEmpty();
    assertThat(metadata(read("apiVersion: v1\nkind: Node\nmetadata: {name: Node_1}\n")))
        .containsExactly("metadata.name: Invalid value: \"Node_1\": " + SUBDOMAIN);
  }

  @Test
  void rbacNamesArePathSegments() {
    String role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: '%s'}\n";
    assertThat(metadata(read(role.formatted("system:controller:Foo_Bar")))).isEmpty();
    assertThat(metadata(read(role.formatted("a/b%c"))))
        .containsExactly("metadata.name: Invalid value: \"a/b%c\": may not contain '%'",
            "metadata.name: Invalid value: \"a/b%c\": may not contain '/'");
    assertThat(metadata(read(role.formatted(".."))))
        .containsExactly("metadata.name: Invalid value: \"..\": may not be '..'");
  }

  @Test
  void kindsTheSdkDoesNotModelGetTheirMetadataChecked() {
    Resource configMap = read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: ns\n"
        + "  labels: {'a b': x}\ndata: {k: v}\n");
    assertThat(configMap).isInstanceOf(GenericResource.class);
    assertThat(metadata(configMap)).containsExactly(
        "metadata.labels: Invalid value: \"a b\": " + NAME_PART,
        "metadata.name: Invalid value: \"Bad_Name\": " + SUBDOMAIN);
    Resource widget = GenericResource.builder().apiVersion("example.io/v1").kind("Widget")
        .metadata(ObjectMeta.named("My.Widget")).build();
    assertThat(metadata(widget)).containsExactly("metadata.name: Invalid value: \"My.Widget\": " + SUBDOMAIN);
  }

  @Test
  void labelKeysAreQualifiedNames() {
    assertThat(metadata(meta().putLabel("app", "x").putLabel("example.com/App_1.v", "x")
        .putLabel(repeat('k', 63), "x").build())).isEmpty();
    String longKey = repeat('k', 64);
    assertThat(metadata(meta().putLabel(longKey, "x").build()))
        .containsExactly("metadata.labels: Invalid value: \"" + longKey + "\": name part must be no more than 63 bytes");
    assertThat(metadata(meta().putLabel("_app", "x").build()))
        .containsExactly("metadata.labels: Invalid value: \"_app\": " + NAME_PART);
  }

  @Test
  void labelKeyPrefixesAreSubdomains() {
    assertThat(metadata(meta().putLabel("/app", "x").build()))
        .containsExactly("metadata.labels: Invalid value: \"/app\": prefix part must be non-empty");
    assertThat(metadata(meta().putLabel("Example.com/app", "x").build()))
        .containsExactly("metadata.labels: Invalid value: \"Example.com/app\": prefix part " + SUBDOMAIN);
    String okPrefix = repeat('p', 253) + "/app";
    assertThat(metadata(meta().putLabel(okPrefix, "x").build())).isEmpty();
    String longPrefix = repeat('p', 254) + "/app";
    assertThat(metadata(meta().putLabel(longPrefix, "x").build())).containsExactly(
        "metadata.labels: Invalid value: \"" + longPrefix + "\": prefix part must be no more than 253 bytes");
    assertThat(metadata(meta().putLabel("example.com/", "x").build())).containsExactly(
        "metadata.labels: Invalid value: \"example.com/\": name part must be non-empty",
        "metadata.labels: Invalid value: \"example.com/\": " + NAME_PART);
    assertThat(metadata(meta().putLabel("a/b/c", "x").build())).containsExactly(
        "metadata.labels: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-',"
            + " '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or"
            + " '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an"
            + " optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
  }

  @Test
  void labelValuesHave63BytesAtMostAndMayBeEmpty() {
    assertThat(metadata(meta().putLabel("a", "").putLabel("b", repeat('v', 63)).putLabel("c", "My_Value.1")
        .build())).isEmpty();
    String longValue = repeat('v', 64);
    assertThat(metadata(meta().putLabel("a", longValue).build()))
        .containsExactly("metadata.labels: Invalid value: \"" + longValue + "\": must be no more than 63 bytes");
    assertThat(metadata(meta().putLabel("a", "two words").build()))
        .containsExactly("metadata.labels: Invalid value: \"two words\": " + LABEL_VALUE);
    assertThat(metadata(meta().putLabel("a", "-x").build()))
        .containsExactly("metadata.labels: Invalid value: \"-x\": " + LABEL_VALUE);
  }

  @Test
  void annotationKeysAreQualifiedNamesOfAnyCase() {
    assertThat(metadata(meta().putAnnotation("Example.COM/Some_Key", "any value at all: {}")
        .putAnnotation("kubectl.kubernetes.io/last-applied-configuration", "{}").build())).isEmpty();
    assertThat(metadata(meta().putAnnotation("bad key", "x").build()))
        .containsExactly("metadata.annotations: Invalid value: \"bad key\": " + NAME_PART);
  }

  @Test
  void annotationsTotal256KiBAtMost() {
    int limit = 256 * 1024;
    // Keys and values count together: "k" + 262143 bytes is exactly the limit.
    assertThat(metadata(meta().putAnnotation("k", repeat('v', limit - 1)).build())).isEmpty();
    assertThat(metadata(meta().putAnnotation("k", repeat('v', limit)).build()))
        .containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    assertThat(metadata(meta().putAnnotation("a", repeat('v', limit / 2)).putAnnotation("b", repeat('v', limit / 2))
        .build())).containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    // Bytes, not characters: a Cyrillic letter is two bytes in UTF-8.
    assertThat(metadata(meta().putAnnotation("k", "я".repeat(limit / 2)).build()))
        .containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    assertThat(V.validate(vm(meta().putAnnotation("k", repeat('v', limit)).build())).get(0).code())
        .isEqualTo("maxLength");
  }

  @Test
  void finalizersAreQualifiedNames() {
    assertThat(metadata(meta().addFinalizers("kubernetes.io/pvc-protection", "orphan").build())).isEmpty();
    assertThat(metadata(meta().addFinalizers("a/b/c").build())).satisfiesExactly(m -> assertThat(m)
        .startsWith("metadata.finalizers: Invalid value: \"a/b/c\": a valid label key must consist of"));
    assertThat(metadata(meta().addFinalizers("orphan", "foregroundDeletion").build())).containsExactly(
        "metadata.finalizers: Invalid value: []string{\"orphan\", \"foregroundDeletion\"}: finalizer orphan and"
            + " foregroundDeletion cannot be both set");
  }

  @Test
  void ownerReferencesNeedTheirFields() {
    OwnerReference good = OwnerReference.builder().apiVersion("virtualization.deckhouse.io/v1alpha2")
        .kind("VirtualMachine").name("vm").uid("0b1f").build();
    assertThat(metadata(meta().addOwnerReferences(good).build())).isEmpty();
    OwnerReference empty = OwnerReference.builder().apiVersion("apps/").kind("").name("").uid("").build();
    assertThat(metadata(meta().addOwnerReferences(empty).build())).containsExactly(
        "metadata.ownerReferences.apiVersion: Invalid value: \"apps/\": version must not be empty",
        "metadata.ownerReferences.kind: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.name: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": must not be empty");
  }

  @Test
  void generationIsNotNegative() {
    assertThat(metadata(meta().generation(-1L).build()))
        .containsExactly("metadata.generation: Invalid value: -1: must be greater than or equal to 0");
    assertThat(metadata(meta().generation(0L).build())).isEmpty();
  }

  @Test
  void metadataViolationsComeWithTheSchemaOnesSortedByPath() {
    VirtualMachine bad = VirtualMachine.builder().metadata(ObjectMeta.of("Bad_Name", "default"))
        .spec(StructuralValidatorTest.spec().withVirtualMachineClassName("")).build();
    assertThat(V.validate(bad)).extracting(Violation::path)
        .containsExactly("metadata.name", "spec.virtualMachineClassName");
  }

  @Test
  void everyExampleHasValidMetadata() throws IOException, ManifestException {
    Path examples = Path.of("..", "examples");
    assumeTrue(Files.isDirectory(examples), "no examples directory at " + examples.toAbsolutePath().normalize());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
          || f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    List<String> found = new ArrayList<>();
    int objects = 0;
    for (Path file : files) {
      for (Resource r : Manifests.standard().read(file)) {
        objects++;
        metadata(r).forEach(v -> found.add(file + ": " + r.kind() + " " + r.name() + ": " + v));
      }
    }
    assertThat(objects).isGreaterThan(files.size() / 2);
    assertThat(found).isEmpty();
  }

  @Test
  void everySeedManifestHasValidMetadata() throws ManifestException {
    List<String> found = new ArrayList<>();
    for (String kind : List.of("VirtualMachine", "VirtualDisk", "VirtualImage", "ClusterVirtualImage",
        "VirtualMachineClass", "Service", "Ingress", "Secret", "VirtualMachineOperation",
        "VirtualMachineBlockDeviceAttachment", "VirtualMachineIPAddress")) {
      for (String text : SeedManifests.ofKind(kind)) {
        for (Resource r : Manifests.standard().read(text, "seed")) {
          metadata(r).forEach(v -> found.add(r.kind() + " " + r.name() + ": " + v));
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void labelsOfAllKindsInOneObjectAreAllReported() {
    Map<String, String> labels = Map.of("ok", "fine", "Bad Key", "fine", "also-ok", "bad value");
    assertThat(metadata(meta().putAllLabels(labels).build())).containsExactlyInAnyOrder(
        "metadata.labels: Invalid value: \"Bad Key\": " + NAME_PART,
        "metadata.labels: Invalid value: \"bad value\": " + LABEL_VALUE);
  }
}
