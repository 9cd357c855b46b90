package dev.dvp.admission;

import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import java.util.List;

/** Test fixtures: manifests as text, read through the real codec. */
final class Vms {
  static final String BASE = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata:",
      "  name: linux-vm",
      "  namespace: default",
      "spec:",
      "  virtualMachineClassName: generic",
      "  cpu:",
      "    cores: 1",
      "    coreFraction: 10%",
      "  memory:",
      "    size: 1Gi",
      "  blockDeviceRefs:",
      "    - kind: VirtualDisk",
      "      name: linux-vm-root",
      "");

  private Vms() {}

  static VirtualMachine vm(String yaml) {
    try {
      return Manifests.standard().readOne(yaml, VirtualMachine.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static VirtualMachine base() {
    return vm(BASE);
  }

  /** The base VM with lines appended under spec (each line indented by two spaces already). */
  static VirtualMachine withSpec(String specLines) {
    return vm(BASE + specLines);
  }

  static Resource read(String yaml) {
    try {
      return Manifests.standard().read(yaml, "test.yaml").get(0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static VirtualMachineBlockDeviceAttachment vmbda(String name, String vm, String kind, String device, String phase) {
    return (VirtualMachineBlockDeviceAttachment) read("apiVersion: virtualization.deckhouse.io/v1alpha2\n"
        + "kind: VirtualMachineBlockDeviceAttachment\nmetadata: {name: " + name + ", namespace: default}\n"
        + "spec: {virtualMachineName: " + vm + ", blockDeviceRef: {kind: " + kind + ", name: " + device + "}}\n"
        + (phase == null ? "" : "status: {phase: " + phase + "}\n"));
  }

  static AdmissionContext context(Resource... resources) {
    return AdmissionContext.builder().resources(ResourceSet.of(List.of(resources))).build();
  }
}
