package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Completion at a cursor in half-typed manifests: fields by the schema, enum values, workspace names. */
class ManifestCompletionTest {
  static final Map<String, List<String>> NAMES = Map.of("VirtualMachineClass", List.of("generic", "large"),
      "VirtualDisk", List.of("linux-disk"));

  private static List<String> labels(String text, int line, int character) {
    return ManifestCompletion.at(text, line, character, k -> NAMES.getOrDefault(k, List.of())).stream()
        .map(ManifestCompletion.Suggestion::label).toList();
  }

  @Test
  void fieldsOfTheObjectTheCursorIsIn() {
    String text = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata:\n"
        + "  name: vm\nspec:\n  cpu:\n    cores: 1\n    co\n";
    assertThat(labels(text, 7, 6)).containsExactly("cores", "coreFraction");
    assertThat(labels(text, 5, 2)).contains("cpu", "memory", "blockDeviceRefs", "runPolicy");
  }

  @Test
  void fieldsOfAListItem() {
    String text = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nspec:\n"
        + "  blockDeviceRefs:\n    - kind: VirtualDisk\n      na\n";
    assertThat(labels(text, 5, 8)).contains("kind", "name");
    String first = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nspec:\n"
        + "  blockDeviceRefs:\n    - \n";
    assertThat(labels(first, 4, 6)).contains("kind", "name");
  }

  @Test
  void topLevelFields() {
    String text = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\n\n";
    assertThat(labels(text, 2, 0)).contains("metadata", "spec");
  }

  @Test
  void enumValuesAndReferences() {
    String text = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nspec:\n"
        + "  runPolicy: \n  virtualMachineClassName: \n  blockDeviceRefs:\n    - kind: VirtualDisk\n      name: \n";
    assertThat(labels(text, 3, 13)).containsExactly("AlwaysOn", "AlwaysOff", "Manual",
        "AlwaysOnUnlessStoppedManually");
    assertThat(labels(text, 4, 27)).containsExactly("generic", "large");
    assertThat(labels(text, 7, 12)).containsExactly("linux-disk");
  }

  @Test
  void nothingOutsideAKnownKind() {
    assertThat(labels("apiVersion: v1\nkind: ConfigMap\ndata:\n  a\n", 3, 3)).isEmpty();
    assertThat(labels("just text\n", 0, 4)).isEmpty();
    assertThat(labels("", 5, 0)).isEmpty();
  }
}
