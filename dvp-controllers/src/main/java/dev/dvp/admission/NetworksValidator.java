package dev.dvp.admission;

import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DVP's {@code networks_validator.go} (VM webhook, position 10): Main availability without CIDRs, additional
 * networks without SDN, id changes of a running VM, the per-entry rules, and on UPDATE the existence of added
 * networks. Skipped on UPDATE when {@code spec.networks} is unchanged (a reorder is a change).
 *
 * <p>The {@code network Main is duplicated} branch exists in DVP but cannot be reached (a second Main fails the
 * position rule first); the check order here keeps it unreachable. Checks that need the CIDRs or the SDN gate are
 * skipped when the context does not state them, with a warning naming the entry and the fact
 * ({@code cannot check spec.networks[1] without knowing whether the sdn module is enabled. Maybe pass --cluster}).
 */
final class NetworksValidator implements AdmissionValidator<VirtualMachine> {
  static final int MAX_ID = 16383;
  private static final String NO_CIDRS =
      "ModuleConfig/virtualization has no configured IP ranges in the spec.settings.virtualMachineCIDRs field";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    List<NetworkInterface> networks = vm.spec().networks();
    if (!request.isCreate() && networks.equals(request.oldObject().orElseThrow().spec().networks())) {
      return List.of();
    }
    List<Violation> notes = new ArrayList<>(1);
    boolean mainOnly = networks.size() == 1 && networks.get(0).type().equals(NetworkType.MAIN);
    boolean noCidrs = context.virtualMachineCIDRs().map(List::isEmpty).orElse(false);
    if (context.virtualMachineCIDRs().isEmpty()) {
      int main = mainIndex(networks);
      if (networks.isEmpty() || main >= 0) {
        String path = networks.isEmpty() ? "spec.networks" : "spec.networks[" + main + "]";
        notes.add(UnknownFacts.warning(path, "virtualMachineCIDRs", UnknownFacts.CIDRS));
      }
    }
    if (noCidrs) {
      boolean explicitMain = networks.stream().anyMatch(n -> n.type().equals(NetworkType.MAIN));
      if (explicitMain) {
        return List.of(error("spec.networks", "dvp.networks.mainUnavailable",
            "spec.networks cannot explicitly include Main network type when " + NO_CIDRS));
      }
      if (networks.isEmpty()) {
        return List.of(error("spec.networks", "dvp.networks.mainUnavailable",
            "spec.networks cannot be empty when " + NO_CIDRS));
      }
    }
    if (!networks.isEmpty() && !mainOnly) {
      var sdn = context.featureGate(AdmissionContext.SDN);
      if (sdn.isEmpty()) {
        notes.add(UnknownFacts.warning("spec.networks[" + firstAdditional(networks) + "]", "sdn", UnknownFacts.SDN));
      } else if (!sdn.get()) {
        String message = "spec.networks has additional networks, this configuration requires SDN module to be enabled";
        if (noCidrs) {
          message += "; also note that the Main network is unavailable for VirtualMachines because " + NO_CIDRS;
        }
        return List.of(error("spec.networks", "dvp.networks.sdnRequired", message));
      }
    }
    if (networks.isEmpty()) {
      return notes;
    }
    if (!request.isCreate()) {
      Violation idChange = idChange(vm, request.oldObject().orElseThrow());
      if (idChange != null) {
        return List.of(idChange);
      }
    }
    Violation entry = entries(networks);
    if (entry != null) {
      return List.of(entry);
    }
    if (!request.isCreate()) {
      Violation missing = missingAdded(vm, request.oldObject().orElseThrow(), context);
      if (missing != null) {
        return List.of(missing);
      }
    }
    return notes;
  }

  private static int mainIndex(List<NetworkInterface> networks) {
    for (int i = 0; i < networks.size(); i++) {
      if (networks.get(i).type().equals(NetworkType.MAIN)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstAdditional(List<NetworkInterface> networks) {
    for (int i = 0; i < networks.size(); i++) {
      if (!networks.get(i).type().equals(NetworkType.MAIN)) {
        return i;
      }
    }
    return networks.size() - 1;
  }

  static String key(NetworkInterface n) {
    return n.type().equals(NetworkType.MAIN) ? "Main" : n.type().value() + "/" + n.name().orElse("");
  }

  private static Violation idChange(VirtualMachine vm, VirtualMachine old) {
    Map<String, NetworkInterface> current = new HashMap<>();
    vm.spec().networks().forEach(n -> current.putIfAbsent(key(n), n));
    String phase = vm.status().flatMap(s -> s.phase()).map(VirtualMachinePhase::value).orElse("");
    for (NetworkInterface before : old.spec().networks()) {
      NetworkInterface after = current.get(key(before));
      if (after == null || before.id().isEmpty()) {
        continue;
      }
      int newId = after.id().orElse(0);
      if (before.id().get() != newId && !phase.equals(VirtualMachinePhase.STOPPED.value())) {
        return error("spec.networks", "dvp.networks.idChange", "cannot change network ID for network '"
            + key(before) + "' while VM is in phase '" + phase + "' (only allowed when VM is stopped)");
      }
    }
    return null;
  }

  private static Violation entries(List<NetworkInterface> networks) {
    Set<String> names = new HashSet<>();
    Set<Integer> ids = new HashSet<>();
    for (int i = 0; i < networks.size(); i++) {
      NetworkInterface n = networks.get(i);
      String path = "spec.networks[" + i + "]";
      boolean main = n.type().equals(NetworkType.MAIN);
      if (main && i > 0) {
        return error(path, "dvp.networks.mainPosition",
            "network type 'Main' occurs at unexpected position " + i + ", it should be first");
      }
      if (main && n.name().filter(s -> !s.isEmpty()).isPresent()) {
        return error(path + ".name", "dvp.networks.mainName", "network with type 'Main' should not have a name");
      }
      if (!main && n.name().filter(s -> !s.isEmpty()).isEmpty()) {
        return error(path + ".name", "dvp.networks.nameRequired",
            "network with type '" + n.type() + "' must have a non-empty name");
      }
      if (!names.add(n.type().value() + ":" + n.name().orElse(""))) {
        return error(path, "dvp.networks.duplicate", main ? "network Main is duplicated"
            : "network " + n.type() + ":" + n.name().orElse("") + " is duplicated");
      }
      if (n.id().isPresent()) {
        int id = n.id().get();
        if (id > 0 && !ids.add(id)) {
          return error(path + ".id", "dvp.networks.duplicateId",
              "network id " + id + " is duplicated for network " + key(n));
        }
        if (id < 1 || id > MAX_ID) {
          return error(path + ".id", "dvp.networks.idRange",
              "network id must be between 1 and " + MAX_ID + " for network " + key(n) + ", got " + id);
        }
        if (main && id != 1) {
          return error(path + ".id", "dvp.networks.mainId", "network id for network Main must be 1, got " + id);
        }
      }
    }
    return null;
  }

  private static Violation missingAdded(VirtualMachine vm, VirtualMachine old, AdmissionContext context) {
    Set<String> before = new HashSet<>();
    old.spec().networks().forEach(n -> before.add(key(n)));
    Map<String, NetworkInterface> added = new LinkedHashMap<>();
    vm.spec().networks().forEach(n -> {
      if (!before.contains(key(n))) {
        added.putIfAbsent(key(n), n);
      }
    });
    String namespace = context.namespaceOf(vm);
    for (NetworkInterface n : added.values()) {
      String name = n.name().orElse("");
      if (n.type().equals(NetworkType.CLUSTER_NETWORK)
          && context.resources().find("ClusterNetwork", "", name).isEmpty()) {
        return error("spec.networks", "dvp.networks.missing",
            "ClusterNetwork \"" + name + "\" referenced in spec.networks does not exist");
      }
      if (n.type().equals(NetworkType.NETWORK)
          && context.resources().find("Network", namespace, name).isEmpty()) {
        return error("spec.networks", "dvp.networks.missing", "network \"" + name
            + "\" referenced in spec.networks does not exist in namespace \"" + namespace + "\"");
      }
    }
    return null;
  }

  private static Violation error(String path, String code, String message) {
    return Violation.error(path, code, message);
  }
}
