package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties: a VirtualMachine built with builders has no unknown field, and adding one unknown key at a random
 * object level of its manifest yields exactly one finding, at that key's path, both for the bound value and for the
 * document as written.
 */
class UnknownFieldsPropertiesTest {
  private static final List<String> NAMES = List.of("linux-vm", "db-0", "web", "a1");

  private static Gen<VirtualMachine> vms() {
    return integers().between(1, 64).zip(integers().between(0, 100), lists().of(integers().between(0, 3))
        .ofSizeBetween(1, 4), integers().between(0, 7), (cores, fraction, devices, extras) -> {
          ImmutableVirtualMachineSpec.Builder spec = VirtualMachineSpec.builder()
              .virtualMachineClassName("generic")
              .cpu(fraction < 5 ? Cpu.of(cores) : Cpu.of(cores, fraction + "%"))
              .memory(Memory.of(Quantity.parse(cores + "Gi")));
          for (int d : devices) {
            spec.addBlockDeviceRefs(BlockDeviceRef.of(
                d % 2 == 0 ? BlockDeviceKind.VIRTUAL_DISK : BlockDeviceKind.VIRTUAL_IMAGE, NAMES.get(d)));
          }
          if ((extras & 1) != 0) {
            spec.addTolerations(Toleration.builder().key("dedicated").operator(TolerationOperator.EQUAL)
                .value("vm").effect(TaintEffect.NO_SCHEDULE).build());
          }
          if ((extras & 2) != 0) {
            spec.affinity(VirtualMachineAffinity.builder().nodeAffinity(NodeAffinity.builder()
                .requiredDuringSchedulingIgnoredDuringExecution(NodeSelector.builder().addNodeSelectorTerms(
                    NodeSelectorTerm.builder().addMatchExpressions(NodeSelectorRequirement.builder()
                        .key("zone").operator(NodeSelectorOperator.IN).addValues("a").build()).build()).build())
                .build()).build());
          }
          if ((extras & 4) != 0) {
            spec.provisioning(Provisioning.builder().type(ProvisioningType.USER_DATA).userData("#cloud-config\n")
                .build());
          }
          return VirtualMachine.builder()
              .metadata(ObjectMeta.builder().name(NAMES.get(devices.get(0))).namespace("default")
                  .putLabel("app", "web").build())
              .spec(spec.build())
              .build();
        });
  }

  @Test
  void valuesBuiltWithBuildersHaveNoUnknownField() {
    qt().forAll(vms()).checkAssert(vm -> assertThat(UnknownFields.of(vm)).isEmpty());
  }

  @Test
  void oneUnknownKeyAtAnyObjectLevelIsExactlyOneFinding() {
    qt().forAll(vms(), integers().between(0, Integer.MAX_VALUE), integers().between(0, 25))
        .checkAssert((vm, where, letter) -> {
          JsonNode tree = Manifests.standard().toJsonTree(vm);
          List<Level> levels = new ArrayList<>();
          collect(tree, ModelFields.of(VirtualMachine.class).orElseThrow(), "", levels);
          Level level = levels.get(where % levels.size());
          String key = "zz" + (char) ('a' + letter) + "unknown";
          ((ObjectNode) level.node()).put(key, 1);
          String path = level.path().isEmpty() ? key : level.path() + "." + key;
          Resource read = read(tree);
          assertThat(UnknownFields.of(read)).extracting(Violation::path).containsExactly(path);
          assertThat(UnknownFields.ofTree(tree)).extracting(Violation::path).containsExactly(path);
          assertThat(UnknownFields.of(read).get(0).message()).isEqualTo("unknown field \"" + path + "\"");
        });
  }

  private static Resource read(JsonNode tree) {
    try {
      return Manifests.standard().fromJsonTree(tree);
    } catch (ManifestException e) {
      throw new AssertionError("a valid VM with one more key must still read: " + e.getMessage(), e);
    }
  }

  private record Level(JsonNode node, String path) {}

  /** Every object node of a manifest that is a modelled object (not a map, not a free-form value). */
  private static void collect(JsonNode node, ModelFields fields, String path, List<Level> out) {
    out.add(new Level(node, path));
    for (var it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      ModelFields.Field field = fields.byName().get(entry.getKey());
      if (field != null) {
        String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
        collect(entry.getValue(), field.type(), child, out);
      }
    }
  }

  private static void collect(JsonNode node, JavaType type, String path, List<Level> out) {
    if (type.isReferenceType()) {
      collect(node, type.getContentType(), path, out);
    } else if (type.isCollectionLikeType()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), type.getContentType(), path + "[" + i + "]", out);
      }
    } else if (node.isObject() && !type.isMapLikeType()) {
      ModelFields.of(type.getRawClass()).ifPresent(f -> collect(node, f, path, out));
    }
  }
}
