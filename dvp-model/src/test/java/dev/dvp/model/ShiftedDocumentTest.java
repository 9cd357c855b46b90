package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ManifestDocument#shifted}: a document read on its own reports the lines of the file it is part of. */
class ShiftedDocumentTest {
  static final String VM = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata:\n"
      + "  name: vm\nspec:\n  cpu:\n    cores: 1\n    cores: 2\n";

  @Test
  void positionsMoveDownAndMatchTheWholeFile() throws Exception {
    String file = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n" + VM;
    List<ManifestDocument> whole = Manifests.standard().readDocuments(file, "f.yaml");
    ManifestDocument alone = Manifests.standard().readDocuments(VM, "f.yaml").get(0).shifted(5);
    ManifestDocument inFile = whole.get(1);
    for (String path : List.of("", "spec", "spec.cpu.cores", "metadata.name", "spec.no.such")) {
      assertThat(alone.locate(path)).as(path).isEqualTo(inFile.locate(path));
    }
    Violation duplicate = alone.duplicateFields().get(0);
    assertThat(alone.locateDuplicate(duplicate)).isEqualTo(inFile.locateDuplicate(inFile.duplicateFields().get(0)));
    assertThat(alone.start()).isEqualTo(inFile.start());
    assertThat(alone.shifted(5).locate("spec.cpu.cores")).isEqualTo(alone.locate("spec.cpu.cores"));
    assertThat(alone.shifted(0).locate("spec.cpu.cores").line()).isEqualTo(7);
  }

  @Test
  void aProblemMovesToo() throws Exception {
    String text = VM.replace("    cores: 2\n", "").replace("cores: 1", "cores: two");
    ManifestDocument broken = Manifests.standard().readDocuments(text, "f.yaml").get(0);
    assertThat(broken.problem().orElseThrow().line()).contains(7);
    assertThat(broken.shifted(10).problem().orElseThrow().line()).contains(17);
    assertThat(broken.shifted(10).shifted(3).problem().orElseThrow().line()).contains(10);
    assertThatThrownBy(() -> broken.shifted(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
