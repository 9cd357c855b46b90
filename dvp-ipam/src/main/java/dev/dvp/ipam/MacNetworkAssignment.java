package dev.dvp.ipam;

import dev.dvp.model.NetworkInterfaceStatus;
import dev.dvp.model.NetworkType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressStatus;
import dev.dvp.model.VirtualMachineStatus;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which MAC address each additional network of a VM gets (DVP's MAC pool in
 * {@code images/virtualization-artifact/pkg/common/network/mac_pool.go}): a network already in {@code status.networks}
 * with a MAC keeps it (matched by network name); the others take, in {@code spec.networks} order, the first unused
 * vmmac address in vmmac-list order; a network left without one gets {@code ""} and DVP skips it (no interface).
 *
 * <pre>{@code
 * Map<String, String> macs = MacNetworkAssignment.assign(vm, VirtualMachineMacAddressReady.macsOf(vm, vmmacs));
 * // {net-a=00:1A:2B:3C:4D:5E, net-b=00:1A:2B:3C:4D:5F}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class MacNetworkAssignment {
  private MacNetworkAssignment() {}

  /**
   * Assigns MACs to a VM's additional networks.
   *
   * @param vm the VM: its {@code spec.networks} and {@code status.networks} are used
   * @param macs the VM's vmmacs in DVP's order (see {@link VirtualMachineMacAddressReady#macsOf}); their
   *     {@code status.address} is the MAC
   * @return network name to MAC, in {@code spec.networks} order, {@code Main} left out; {@code ""} when none is
   *     left
   */
  public static Map<String, String> assign(VirtualMachine vm, List<VirtualMachineMACAddress> macs) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(macs, "macs");
    Map<String, String> reserved = new LinkedHashMap<>();
    for (NetworkInterfaceStatus s : vm.status().map(VirtualMachineStatus::networks).orElse(List.of())) {
      String mac = s.macAddress().orElse("");
      if (s.name().isPresent() && !mac.isEmpty()) {
        reserved.putIfAbsent(s.name().get(), mac);
      }
    }
    List<String> addresses = macs.stream()
        .map(m -> m.status().flatMap(VirtualMachineMACAddressStatus::address).orElse(""))
        .filter(a -> !a.isEmpty()).toList();
    List<String> networks = vm.spec().networks().stream().filter(n -> !n.type().equals(NetworkType.MAIN))
        .map(n -> n.name().orElse("")).toList();
    return assign(networks, reserved, addresses);
  }

  /**
   * The assignment rule on plain values.
   *
   * @param networks the additional networks' names in {@code spec.networks} order
   * @param reserved network name to the MAC it already has in {@code status.networks}; all of these MACs count as
   *     used
   * @param macs the vmmac addresses in vmmac-list order
   * @return network name to MAC in {@code networks} order; {@code ""} when none is left
   */
  public static Map<String, String> assign(List<String> networks, Map<String, String> reserved, List<String> macs) {
    // every MAC in status is taken, also one of a network being unplugged, so no address sits on two interfaces
    Set<String> used = new HashSet<>(reserved.values());
    Iterator<String> free = macs.stream().filter(m -> !used.contains(m)).distinct().iterator();
    Map<String, String> out = new LinkedHashMap<>();
    for (String network : networks) {
      String mac = reserved.get(network);
      out.put(network, mac != null ? mac : free.hasNext() ? free.next() : "");
    }
    return Collections.unmodifiableMap(out);
  }
}
