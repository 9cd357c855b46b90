package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestsSmokeTest {
  static final String VM = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata:",
      "  name: linux-vm",
      "spec:",
      "  virtualMachineClassName: generic",
      "  futureField: {a: 1}",
      "  provisioning:",
      "    type: UserData",
      "    userData: |",
      "      #cloud-config",
      "      ssh_pwauth: True",
      "  cpu:",
      "    cores: 1",
      "    coreFraction: 10%",
      "  memory:",
      "    size: 1Gi",
      "  blockDeviceRefs:",
      "    - kind: VirtualDisk",
      "      name: linux-vm-root",
      "");

  @Test
  void readsValidatesAndRoundTrips() throws Exception {
    List<Resource> read = Manifests.standard().read(VM, "vm.yaml");
    assertThat(read).hasSize(1);
    VirtualMachine vm = (VirtualMachine) read.get(0);
    assertThat(vm.spec().cpu().cores()).isEqualTo(1);
    assertThat(vm.spec().memory().size().toString()).isEqualTo("1Gi");
    assertThat(vm.spec().additionalProperties()).containsKey("futureField");
    assertThat(StructuralValidator.standard().validate(vm)).isEmpty();
    JsonNode original = new YAMLMapper().readTree(VM);
    JsonNode written = new ObjectMapper().readTree(Manifests.standard().toJson(vm));
    assertThat(written).isEqualTo(original);
    JsonNode fromYaml = new YAMLMapper().readTree(Manifests.standard().toYaml(vm));
    assertThat(fromYaml).isEqualTo(original);
  }

  @Test
  void reportsTypeErrorsWithLineAndPath() {
    String bad = VM.replace("cores: 1", "cores: two");
    assertThatThrownBy(() -> Manifests.standard().read(bad, "vm.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessage("vm.yaml:14:12: spec.cpu.cores: expected an integer, got \"two\"");
  }

  @Test
  void reportsMissingRequired() {
    String bad = VM.replace("    cores: 1\n", "");
    assertThatThrownBy(() -> Manifests.standard().read(bad, "vm.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.cpu.cores: Required value");
  }

  @Test
  void validatesSchema() throws Exception {
    VirtualMachine vm = Manifests.standard().readOne(
        VM.replace("cores: 1", "cores: 0").replace("VirtualDisk", "VirtualThing").replace("10%", "0%"),
        VirtualMachine.class);
    assertThat(StructuralValidator.standard().validate(vm)).extracting(Violation::toString).containsExactly(
        "spec: Invalid value: \"object\": Core fraction must be 'Auto' or a percentage between 1% and 100%.",
        "spec.blockDeviceRefs[0].kind: Unsupported value: \"VirtualThing\": supported values: "
            + "\"ClusterVirtualImage\", \"VirtualImage\", \"VirtualDisk\"",
        "spec.cpu.coreFraction: Invalid value: \"0%\": spec.cpu.coreFraction in body should match "
            + "'^(Auto|(100|[1-9][0-9]?)%)$'",
        "spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal to 1");
  }

  @Test
  void billionLaughsIsBounded() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'h'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 7; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = String.valueOf(c);
    }
    assertThatThrownBy(() -> Manifests.standard().read(y.toString(), "bomb.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("billion laughs");
  }
}
