package dev.dvp.model;

import java.util.Map;
import java.util.Optional;

/** Which model type binds each {@code apiVersion} and {@code kind}; {@link Manifests} dispatches on it. */
final class ResourceKinds {
  private static final String DVP_V1ALPHA2 = "virtualization.deckhouse.io/v1alpha2";
  private static final String DVP_V1ALPHA3 = "virtualization.deckhouse.io/v1alpha3";

  // One entry per served apiVersion and kind. Keep sorted by kind.
  private static final Map<String, Class<? extends Resource>> TYPES = Map.ofEntries(
      entry(DVP_V1ALPHA2, "ClusterVirtualImage", ClusterVirtualImage.class),
      entry("networking.k8s.io/v1", "Ingress", Ingress.class),
      entry("deckhouse.io/v1alpha1", "ModuleConfig", ModuleConfig.class),
      entry("v1", "Node", Node.class),
      entry("v1", "Secret", Secret.class),
      entry("v1", "Service", Service.class),
      entry(DVP_V1ALPHA2, "VirtualDisk", VirtualDisk.class),
      entry(DVP_V1ALPHA2, "VirtualImage", VirtualImage.class),
      entry(DVP_V1ALPHA2, "VirtualMachine", VirtualMachine.class),
      entry(DVP_V1ALPHA2, "VirtualMachineBlockDeviceAttachment", VirtualMachineBlockDeviceAttachment.class),
      entry(DVP_V1ALPHA2, "VirtualMachineClass", VirtualMachineClass.class),
      entry(DVP_V1ALPHA3, "VirtualMachineClass", VirtualMachineClass.class),
      entry(DVP_V1ALPHA2, "VirtualMachineIPAddress", VirtualMachineIPAddress.class),
      entry(DVP_V1ALPHA2, "VirtualMachineIPAddressLease", VirtualMachineIPAddressLease.class),
      entry(DVP_V1ALPHA2, "VirtualMachineMACAddress", VirtualMachineMACAddress.class),
      entry(DVP_V1ALPHA2, "VirtualMachineMACAddressLease", VirtualMachineMACAddressLease.class),
      entry(DVP_V1ALPHA2, "VirtualMachineOperation", VirtualMachineOperation.class));

  private ResourceKinds() {}

  private static Map.Entry<String, Class<? extends Resource>> entry(
      String apiVersion, String kind, Class<? extends Resource> type) {
    return Map.entry(apiVersion + " " + kind, type);
  }

  static Optional<Class<? extends Resource>> lookup(String apiVersion, String kind) {
    return Optional.ofNullable(TYPES.get(apiVersion + " " + kind));
  }

  /** The modelled kinds of an API group, by {@code group/version}. */
  static Map<String, java.util.Set<String>> servedIn(String group) {
    Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
    TYPES.keySet().forEach(key -> {
      int space = key.indexOf(' ');
      String apiVersion = key.substring(0, space);
      if (apiVersion.startsWith(group + "/")) {
        out.computeIfAbsent(apiVersion, v -> new java.util.TreeSet<>()).add(key.substring(space + 1));
      }
    });
    return out;
  }

  /** Whether some served version of this kind is modelled, for "did you mean apiVersion ..." hints. */
  static Optional<String> apiVersionsOf(String kind) {
    StringBuilder out = new StringBuilder();
    TYPES.keySet().stream().sorted().forEach(key -> {
      int space = key.indexOf(' ');
      if (key.substring(space + 1).equals(kind)) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(key, 0, space);
      }
    });
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }
}
