package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The editor's workspace re-reads only the documents an edit changed: whatever the edits, it judges exactly as a
 * workspace that read the final text from scratch.
 */
class ManifestWorkspaceTest {
  static String vm(int i, String cores) {
    return "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata:\n  name: vm-" + i
        + "\nspec:\n  virtualMachineClassName: generic\n  cpu:\n    cores: " + cores + "\n  memory:\n    size: 1Gi\n"
        + "  blockDeviceRefs:\n    - kind: VirtualDisk\n      name: disk\n";
  }

  /** One of a few kinds of edit to document {@code i}: a value, an inserted line, a typo, broken YAML. */
  static String edit(int i, int kind) {
    switch (kind) {
      case 0:
        return vm(i, "0");
      case 1:
        return "# a comment\n" + vm(i, "2");
      case 2:
        return vm(i, "1").replace("  memory:", "  memroy:");
      case 3:
        return "apiVersion: v1\nkind: [\n";
      default:
        return vm(i, "1");
    }
  }

  static String text(int[] kinds) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < kinds.length; i++) {
      out.append(i == 0 ? "" : "---\n").append(edit(i, kinds[i]));
    }
    return out.toString();
  }

  static List<String> findings(ManifestWorkspace w) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<CheckReport.Located>> e : w.judge().entrySet()) {
      for (CheckReport.Located l : e.getValue()) {
        out.add(l.at() + " " + l.violation());
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void editsJudgeLikeAFreshRead() {
    qt().forAll(lists().of(integers().between(0, 5 * 6 - 1)).ofSizeBetween(1, 12)).checkAssert(edits -> {
      int[] kinds = new int[6];
      java.util.Arrays.fill(kinds, 4);
      ManifestWorkspace incremental = new ManifestWorkspace(Optional.empty());
      incremental.put("/ws/vms.yaml", text(kinds));
      for (int e : edits) {
        kinds[e / 5] = e % 5;
        incremental.put("/ws/vms.yaml", text(kinds));
      }
      ManifestWorkspace fresh = new ManifestWorkspace(Optional.empty());
      fresh.put("/ws/vms.yaml", text(kinds));
      assertThat(findings(incremental)).isEqualTo(findings(fresh));
    });
  }

  @Test
  void findingsOfALaterDocumentFollowLinesInsertedAbove() {
    ManifestWorkspace w = new ManifestWorkspace(Optional.empty());
    int[] kinds = {4, 0};
    w.put("/ws/vms.yaml", text(kinds));
    assertThat(findings(w)).anyMatch(f -> f.startsWith("/ws/vms.yaml:22:12 spec.cpu.cores: Invalid value: 0"));
    kinds[0] = 1;
    w.put("/ws/vms.yaml", text(kinds));
    assertThat(findings(w)).anyMatch(f -> f.startsWith("/ws/vms.yaml:23:12 spec.cpu.cores: Invalid value: 0"));
    assertThat(w.resource("/ws/vms.yaml", 20).map(r -> r.name())).contains("vm-1");
    assertThat(w.resource("/ws/vms.yaml", 3).map(r -> r.name())).contains("vm-0");
  }

  @Test
  void yamlIsCutAtDocumentStartsAndJsonIsNot() {
    assertThat(ManifestWorkspace.split("a: 1\n---\nb: 2\n--- # c\nc: 3\n---x: 4\n"))
        .containsExactly("a: 1\n", "---\nb: 2\n", "--- # c\nc: 3\n---x: 4\n");
    assertThat(ManifestWorkspace.split("---\na: 1\n")).containsExactly("---\na: 1\n");
    assertThat(ManifestWorkspace.split("{\"a\": 1}\n---\n")).containsExactly("{\"a\": 1}\n---\n");
  }
}
