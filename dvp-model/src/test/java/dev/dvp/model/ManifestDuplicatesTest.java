package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fields written twice in one object: a finding worded as the API server's strict decoding words it
 * ({@code duplicate field "spec.cpu.cores"}), located at the repetition, the object keeping the last value.
 */
class ManifestDuplicatesTest {
  static final String VM = ManifestsSmokeTest.VM;
  static final Manifests CODEC = Manifests.standard();

  @Test
  void aRepeatedFieldIsAFindingAtItsSecondOccurrenceAndTheLastValueWins() throws Exception {
    String yaml = VM.replace("    cores: 1\n", "    cores: 1\n    cores: 2\n");
    List<ManifestDocument> docs = CODEC.readDocuments(yaml, "vm.yaml");
    ManifestDocument d = docs.get(0);
    assertThat(d.duplicateFields()).containsExactly(
        Violation.error("spec.cpu.cores", "FieldValueDuplicate", "duplicate field \"spec.cpu.cores\""));
    assertThat(d.locateDuplicate(d.duplicateFields().get(0))).hasToString("vm.yaml:15:5");
    assertThat(d.locate("spec.cpu.cores")).hasToString("vm.yaml:14:12");
    VirtualMachine vm = (VirtualMachine) d.resource().orElseThrow();
    assertThat(vm.spec().cpu().cores()).isEqualTo(2);
  }

  @Test
  void eachRepeatedPathOnceNestedInListsAndWithNullValues() throws Exception {
    String yaml = VM.replace("      name: linux-vm-root\n",
            "      name: linux-vm-root\n      name: other\n      name: third\n")
        .replace("  name: linux-vm\n", "  name: linux-vm\n  labels: {app.kubernetes.io/name: a, app.kubernetes.io/name: b}\n")
        .replace("spec:\n", "spec:\n  runPolicy: null\n  runPolicy: Manual\n");
    ManifestDocument d = CODEC.readDocuments(yaml, "vm.yaml").get(0);
    assertThat(d.duplicateFields()).extracting(Violation::toString).containsExactly(
        "metadata.labels[app.kubernetes.io/name]: duplicate field \"metadata.labels.app.kubernetes.io/name\"",
        "spec.runPolicy: duplicate field \"spec.runPolicy\"",
        "spec.blockDeviceRefs[0].name: duplicate field \"spec.blockDeviceRefs[0].name\"");
    assertThat(d.locateDuplicate(d.duplicateFields().get(2))).hasToString("vm.yaml:24:7");
    VirtualMachine vm = (VirtualMachine) d.resource().orElseThrow();
    assertThat(vm.spec().blockDeviceRefs().get(0).name()).isEqualTo("third");
    assertThat(vm.metadata().labels()).containsEntry("app.kubernetes.io/name", "b");
  }

  @Test
  void manyFieldsSwitchToASetAndStillFindTheRepetition() throws Exception {
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      labels.append("    l").append(i).append(": v\n");
    }
    labels.append("    l17: again\n");
    String yaml = VM.replace("  name: linux-vm\n", "  name: linux-vm\n  labels:\n" + labels);
    ManifestDocument d = CODEC.readDocuments(yaml, "vm.yaml").get(0);
    assertThat(d.duplicateFields()).extracting(Violation::path).containsExactly("metadata.labels.l17");
    assertThat(d.locateDuplicate(d.duplicateFields().get(0)).line()).isEqualTo(36);
  }

  @Test
  void kubectlListItemsReportTheirOwnFieldsRelativeToThemselves() throws Exception {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: List",
        "items:",
        "  - apiVersion: v1",
        "    kind: ConfigMap",
        "    metadata: {name: a}",
        "    data: {k: v}",
        "  - apiVersion: v1",
        "    kind: ConfigMap",
        "    metadata: {name: b, name: c}",
        "    data: {k: v}",
        "");
    List<ManifestDocument> docs = CODEC.readDocuments(yaml, "list.yaml");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).duplicateFields()).isEmpty();
    assertThat(docs.get(1).duplicateFields()).extracting(Violation::toString)
        .containsExactly("metadata.name: duplicate field \"metadata.name\"");
    assertThat(docs.get(1).locateDuplicate(docs.get(1).duplicateFields().get(0))).hasToString("list.yaml:10:25");
    assertThat(docs.get(1).resource().orElseThrow().name()).isEqualTo("c");
  }

  @Test
  void aFieldRepeatedInTheListItselfIsReportedByItsFirstItemAndJsonListsToo() throws Exception {
    String json = "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"kind\": \"List\", \"items\": [\n"
        + " {\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"s\"}},\n"
        + " {\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"t\", \"name\": \"u\"}}]}";
    List<ManifestDocument> docs = CODEC.readDocuments(json, "list.json");
    assertThat(docs.get(0).duplicateFields()).extracting(Violation::toString)
        .containsExactly("kind: duplicate field \"kind\"");
    assertThat(docs.get(0).locateDuplicate(docs.get(0).duplicateFields().get(0))).hasToString("list.json:1:38");
    assertThat(docs.get(1).duplicateFields()).extracting(Violation::toString)
        .containsExactly("metadata.name: duplicate field \"metadata.name\"");
  }

  @Test
  void jsonInputAndTheTreePathToo() throws Exception {
    String json = "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",\n"
        + " \"metadata\": {\"name\": \"a\"},\n \"data\": {\"k\": \"1\", \"k\": \"2\"}, \"data\": {\"k\": \"3\"}}";
    ManifestDocument d = CODEC.readDocuments(json, "cm.json").get(0);
    assertThat(d.duplicateFields()).extracting(Violation::toString).containsExactly(
        "data.k: duplicate field \"data.k\"", "data: duplicate field \"data\"");
    assertThat(d.locateDuplicate(d.duplicateFields().get(0))).hasToString("cm.json:3:21");
    assertThat(d.locateDuplicate(d.duplicateFields().get(1))).hasToString("cm.json:3:32");
    GenericResource cm = (GenericResource) d.resource().orElseThrow();
    assertThat(cm.field("data")).hasValue(java.util.Map.of("k", "3"));
  }

  @Test
  void documentsWithAliasesToo() throws Exception {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, labels: &l {x: '1'}, annotations: *l}\n"
        + "data: {k: v, k: w}\n";
    ManifestDocument d = CODEC.readDocuments(yaml, "alias.yaml").get(0);
    assertThat(d.duplicateFields()).extracting(Violation::path).containsExactly("data.k");
    GenericResource cm = (GenericResource) d.resource().orElseThrow();
    assertThat(cm.field("data")).hasValue(java.util.Map.of("k", "w"));
    assertThat(cm.metadata().annotations()).containsEntry("x", "1");
  }

  @Test
  void aDocumentThatDoesNotBindStillReportsItsRepetitions() throws Exception {
    String yaml = VM.replace("    cores: 1\n", "    cores: 1\n    cores: [2]\n");
    ManifestDocument d = CODEC.readDocuments(yaml, "vm.yaml").get(0);
    assertThat(d.problem()).isPresent();
    assertThat(d.duplicateFields()).extracting(Violation::path).containsExactly("spec.cpu.cores");
  }

  @Test
  void aViolationThatIsNotARepetitionIsLocatedByItsPath() throws Exception {
    ManifestDocument d = CODEC.readDocuments(VM, "vm.yaml").get(0);
    assertThat(d.duplicateFields()).isEmpty();
    assertThat(d.locateDuplicate(Violation.error("spec.cpu.cores", "x", "y"))).hasToString("vm.yaml:14:12");
  }
}
