package dev.dvp.ipam;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressPhase;
import dev.dvp.model.VirtualMachineMACAddressStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The VM's {@code VirtualMachineMACAddressReady} condition, as DVP's VM controller sets it
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/mac.go}).
 *
 * <p>Every non-{@code Main} entry of {@code spec.networks} needs one VirtualMachineMACAddress. The VM's vmmacs are
 * those named in {@code spec.networks[].virtualMachineMACAddressName}, then those labelled
 * {@code virtual-machine-uid=<VM UID>}, without duplicates. With fewer than needed DVP creates the rest and reports
 * {@code Waiting for the MAC address to be created <have>/<need>.}; otherwise every vmmac must be bound to the VM
 * (phase {@code Bound} or {@code Attached} and {@code status.virtualMachineName} equal to the VM's name), and the
 * messages of those that are not are joined with {@code "; "}.
 *
 * <pre>{@code
 * VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(vm, vmmacsOfNamespace);
 * r.isReady();   // true when every additional network has a vmmac bound to the VM
 * }</pre>
 *
 * <p>Not modelled: DVP's {@code VirtualMachineMACAddress <name>: is not available to be bound (<err>)} message, whose
 * error text is not reproduced; and the reason {@link #NOT_AVAILABLE}, which no case of DVP's VM controller produces.
 * Immutable and thread-safe.
 *
 * @param status the condition's status
 * @param reason {@link #READY} or {@link #NOT_READY}
 * @param message the message, word for word from DVP (empty when ready)
 */
public record VirtualMachineMacAddressReady(ConditionStatus status, String reason, String message) {
  /** The condition type, and the reason when ready. */
  public static final String TYPE = "VirtualMachineMACAddressReady";
  /** Every additional network has a vmmac bound to the VM (or there are none). */
  public static final String READY = "VirtualMachineMACAddressReady";
  /** A vmmac is missing, not bound yet, or attached to another VM. */
  public static final String NOT_READY = "VirtualMachineMACAddressNotReady";
  /** In DVP's API; not produced by any case of DVP's VM controller. */
  public static final String NOT_AVAILABLE = "VirtualMachineMACAddressNotAvailable";

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public VirtualMachineMacAddressReady {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Works out the condition.
   *
   * @param vm the VM
   * @param macs the vmmacs of the VM's namespace, in cache order (others are ignored)
   * @return the outcome
   */
  public static VirtualMachineMacAddressReady of(VirtualMachine vm, List<VirtualMachineMACAddress> macs) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(macs, "macs");
    if (vm.spec().networks().isEmpty()) {
      return new VirtualMachineMacAddressReady(ConditionStatus.TRUE, READY, "");
    }
    long needed = vm.spec().networks().stream().filter(n -> !n.type().equals(NetworkType.MAIN)).count();
    List<VirtualMachineMACAddress> own = macsOf(vm, macs);
    if (own.size() < needed) {
      return new VirtualMachineMacAddressReady(ConditionStatus.FALSE, NOT_READY,
          "Waiting for the MAC address to be created " + own.size() + "/" + needed + ".");
    }
    List<String> problems = new ArrayList<>();
    for (VirtualMachineMACAddress mac : own) {
      if (isBoundTo(mac, vm)) {
        continue;
      }
      Optional<String> other = mac.status().flatMap(VirtualMachineMACAddressStatus::virtualMachineName)
          .filter(n -> !n.isEmpty() && !n.equals(vm.name()));
      problems.add(other.map(o -> "The requested VirtualMachineMACAddress (" + mac.name() + ") attached to"
              + " VirtualMachine '" + o + "': please remove VirtualMachine '" + o + "' or reconfigure it")
          .orElse("VirtualMachineMACAddress " + mac.name() + ": waiting for MAC address binding"));
    }
    return problems.isEmpty() ? new VirtualMachineMacAddressReady(ConditionStatus.TRUE, READY, "")
        : new VirtualMachineMacAddressReady(ConditionStatus.FALSE, NOT_READY, String.join("; ", problems));
  }

  /**
   * Returns the VM's vmmacs: those named in {@code spec.networks[].virtualMachineMACAddressName} (in network order),
   * then those labelled {@code virtual-machine-uid=<VM UID>} (in list order), each once.
   *
   * @param vm the VM
   * @param macs the vmmacs to look in; other namespaces are ignored
   * @return the VM's vmmacs
   */
  public static List<VirtualMachineMACAddress> macsOf(VirtualMachine vm, List<VirtualMachineMACAddress> macs) {
    String namespace = VirtualMachineNetworks.namespaceOf(vm);
    Map<String, VirtualMachineMACAddress> local = new LinkedHashMap<>();
    for (VirtualMachineMACAddress mac : macs) {
      if (mac.namespace().orElse("default").equals(namespace)) {
        local.putIfAbsent(mac.name(), mac);
      }
    }
    Map<String, VirtualMachineMACAddress> out = new LinkedHashMap<>();
    for (NetworkInterface network : vm.spec().networks()) {
      network.virtualMachineMACAddressName().map(local::get).ifPresent(m -> out.putIfAbsent(m.name(), m));
    }
    String uid = vm.metadata().uid().orElse("");
    for (VirtualMachineMACAddress mac : local.values()) {
      String label = mac.metadata().labels().get(VirtualMachineIPAddress.VIRTUAL_MACHINE_UID_LABEL);
      if (!uid.isEmpty() && uid.equals(label)) {
        out.putIfAbsent(mac.name(), mac);
      }
    }
    return List.copyOf(out.values());
  }

  /** DVP's netmanager test: the phase says Bound or Attached, and the vmmac names exactly this VM. */
  static boolean isBoundTo(VirtualMachineMACAddress mac, VirtualMachine vm) {
    return mac.status().filter(s -> s.phase().filter(p -> p.equals(VirtualMachineMACAddressPhase.BOUND)
            || p.equals(VirtualMachineMACAddressPhase.ATTACHED)).isPresent()
            && s.virtualMachineName().filter(vm.name()::equals).isPresent())
        .isPresent();
  }

  /** @return whether the condition is True */
  public boolean isReady() {
    return status.equals(ConditionStatus.TRUE);
  }

  /**
   * Returns the condition with the VM's generation.
   *
   * @param generation the VM's {@code metadata.generation}
   * @return the {@code VirtualMachineMACAddressReady} condition, without a transition time
   */
  public Condition condition(long generation) {
    return Condition.builder().type(TYPE).status(status).reason(reason).message(message)
        .observedGeneration(generation).build();
  }
}
