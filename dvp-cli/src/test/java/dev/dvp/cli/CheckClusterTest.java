package dev.dvp.cli;

import static dev.dvp.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dvp check --cluster}: DVP's admission order and the facts a check needs, as the scenarios ask. */
class CheckClusterTest {
  static final String VM = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata:",
      "  name: vm-additional-network",
      "spec:",
      "  virtualMachineClassName: generic",
      "  cpu:",
      "    cores: 1",
      "  memory:",
      "    size: 1Gi",
      "  blockDeviceRefs:",
      "  - kind: VirtualDisk",
      "    name: linux-disk",
      "  networks:",
      "  - type: Main",
      "  - type: Network",
      "    name: user-net",
      "");
  static final String DEFAULT_CLASS = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha3",
      "kind: VirtualMachineClass",
      "metadata:",
      "  name: generic",
      "  annotations:",
      "    virtualmachineclass.virtualization.deckhouse.io/is-default-class: \"true\"",
      "spec:",
      "  cpu:",
      "    type: Host",
      "");
  static final String VIRTUALIZATION = String.join("\n",
      "apiVersion: deckhouse.io/v1alpha1",
      "kind: ModuleConfig",
      "metadata:",
      "  name: virtualization",
      "spec:",
      "  enabled: true",
      "  version: 1",
      "  settings:",
      "    virtualMachineCIDRs:",
      "    - 10.66.10.0/24",
      "");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return CheckCommandTest.write(dir, name, text);
  }

  private static String sdn(boolean enabled) {
    return "apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: sdn\nspec:\n  enabled: "
        + enabled + "\n  version: 1\n";
  }

  @Test
  void defaultClassFillsAMissingClassNameBeforeTheSchemaIsChecked() throws IOException {
    Path file = write("vm.yaml", DEFAULT_CLASS + "---\n"
        + VM.replace("  virtualMachineClassName: generic\n", "").replace("  networks:\n  - type: Main\n"
            + "  - type: Network\n    name: user-net\n", ""));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.out()).doesNotContain("Required value").doesNotContain(": error: ");
    assertThat(r.code()).isZero();
  }

  @Test
  void withoutTheClassAndWithoutClusterTheMissingClassNameIsStillAnError() throws IOException {
    Path file = write("vm.yaml", VM.replace("  virtualMachineClassName: generic\n", ""));
    CheckCommandTest.Run r = run("check", "--cluster", write("cluster/mc.yaml", VIRTUALIZATION).toString(),
        file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("spec.virtualMachineClassName");
  }

  @Test
  void withoutClusterFactsTheSkippedCheckIsAWarningNamingTheFact() throws IOException {
    Path file = write("vm.yaml", VM);
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("warning: VirtualMachine vm-additional-network: spec.networks[1]: cannot check"
        + " spec.networks[1] without knowing whether the sdn module is enabled. Maybe pass --cluster");
  }

  @Test
  void clusterWithoutSdnRejectsAdditionalNetworksWithDvpsWords() throws IOException {
    Path cluster = write("cluster/mc.yaml", VIRTUALIZATION + "---\n" + sdn(false));
    Path file = write("vm.yaml", VM);
    CheckCommandTest.Run r = run("check", "--cluster", cluster.getParent().toString(), file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("error: VirtualMachine vm-additional-network: spec.networks: spec.networks has"
        + " additional networks, this configuration requires SDN module to be enabled")
        .doesNotContain("Maybe pass --cluster");
  }

  @Test
  void clusterWithSdnAcceptsThem() throws IOException {
    Path cluster = write("cluster/mc.yaml", VIRTUALIZATION + "---\n" + sdn(true) + "---\n" + DEFAULT_CLASS);
    Path file = write("vm.yaml", VM);
    CheckCommandTest.Run r = run("check", "--cluster", cluster.toString(), file.toString());
    assertThat(r.out()).doesNotContain(": error: ").doesNotContain("sdn module");
    // The class is in the cluster: no "not among the given manifests" warning for it.
    assertThat(r.out()).doesNotContain("VirtualMachineClass \"generic\" is not among");
    assertThat(r.code()).isZero();
  }

  @Test
  void unreadableClusterIsExitTwo() throws IOException {
    Path cluster = write("cluster/broken.yaml", "kind: [\n");
    CheckCommandTest.Run r = run("check", "--cluster", cluster.toString(), write("vm.yaml", VM).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("broken.yaml");
  }
}
