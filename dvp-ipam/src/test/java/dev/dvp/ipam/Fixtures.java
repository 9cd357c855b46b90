package dev.dvp.ipam;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineMACAddress;

/** VM, claim and lease objects written as the YAML a user or DVP would write, read through the model's codec. */
final class Fixtures {
  private static final Manifests CODEC = Manifests.standard();

  private Fixtures() {}

  private static <T extends dev.dvp.model.Resource> T read(String yaml, Class<T> type) {
    try {
      return CODEC.readOne(yaml, type);
    } catch (ManifestException e) {
      throw new IllegalArgumentException("bad test fixture: " + e.getMessage() + "\n" + yaml, e);
    }
  }

  static VirtualMachine vm(String yamlTail) {
    return read("""
        apiVersion: virtualization.deckhouse.io/v1alpha2
        kind: VirtualMachine
        """ + yamlTail, VirtualMachine.class);
  }

  /** A VM with a name, namespace, UID and the spec fields the model requires, plus extra YAML under spec. */
  static VirtualMachine vm(String name, String specExtra, String rest) {
    return vm("metadata: {name: " + name + ", namespace: default, uid: uid-" + name + "}\n"
        + "spec:\n  virtualMachineClassName: generic\n  cpu: {cores: 1}\n  memory: {size: 1Gi}\n"
        + "  blockDeviceRefs: [{kind: VirtualDisk, name: d}]\n" + specExtra + rest);
  }

  static VirtualMachineIPAddress vmip(String yaml) {
    return read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineIPAddress\n" + yaml,
        VirtualMachineIPAddress.class);
  }

  static VirtualMachineIPAddressLease vmipl(String yaml) {
    return read(
        "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineIPAddressLease\n" + yaml,
        VirtualMachineIPAddressLease.class);
  }

  static VirtualMachineMACAddress vmmac(String yaml) {
    return read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineMACAddress\n" + yaml,
        VirtualMachineMACAddress.class);
  }
}
