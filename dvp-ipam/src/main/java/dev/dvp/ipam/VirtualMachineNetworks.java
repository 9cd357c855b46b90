package dev.dvp.ipam;

import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineStatus;
import java.util.List;

/** How DVP reads a VM's networks for IPAM decisions: whether {@code Main} is present in spec or status. */
final class VirtualMachineNetworks {
  private VirtualMachineNetworks() {}

  /**
   * An empty {@code spec.networks} means the implicit {@code Main} network (DVP's
   * {@code images/virtualization-artifact/pkg/controller/vm/internal/ipam.go}: only a non-empty list without
   * {@code Main} lacks it).
   */
  static boolean hasMainInSpec(VirtualMachine vm) {
    List<NetworkInterface> networks = vm.spec().networks();
    return networks.isEmpty() || networks.stream().anyMatch(n -> n.type().equals(NetworkType.MAIN));
  }

  static boolean hasMainInStatus(VirtualMachine vm) {
    return vm.status().map(VirtualMachineStatus::networks).orElse(List.of()).stream()
        .anyMatch(n -> n.type().equals(NetworkType.MAIN.value()));
  }

  static boolean hasMain(VirtualMachine vm) {
    return hasMainInSpec(vm) || hasMainInStatus(vm);
  }

  static String namespaceOf(VirtualMachine vm) {
    return vm.namespace().orElse("default");
  }
}
