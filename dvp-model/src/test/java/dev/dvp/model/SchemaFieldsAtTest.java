package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link UnknownFields#fieldsAt} and {@link UnknownFields#valuesAt}: the schema an editor completes from. */
class SchemaFieldsAtTest {
  static final String VM = "virtualization.deckhouse.io/v1alpha2";

  @Test
  void fieldsOfAnObjectAtAPath() {
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "spec.cpu")).containsExactly("cores", "coreFraction");
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "spec.blockDeviceRefs[0]")).contains("kind", "name");
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "")).contains("apiVersion", "kind", "metadata", "spec");
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "metadata")).contains("name", "namespace", "labels");
  }

  @Test
  void nothingWhereTheSchemaHasNoObject() {
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "spec.cpu.cores")).isEmpty();
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "spec.nodeSelector")).isEmpty();
    assertThat(UnknownFields.fieldsAt(VM, "VirtualMachine", "spec.no.such")).isEmpty();
    assertThat(UnknownFields.fieldsAt("v1", "ConfigMap", "")).isEmpty();
  }

  @Test
  void valuesOfAnEnumeration() {
    assertThat(UnknownFields.valuesAt(VM, "VirtualMachine", "spec.runPolicy"))
        .containsExactly("AlwaysOn", "AlwaysOff", "Manual", "AlwaysOnUnlessStoppedManually");
    assertThat(UnknownFields.valuesAt(VM, "VirtualMachine", "spec.blockDeviceRefs[0].kind"))
        .contains("VirtualDisk", "VirtualImage", "ClusterVirtualImage");
    assertThat(UnknownFields.valuesAt(VM, "VirtualMachine", "spec.cpu.cores")).isEmpty();
  }
}
