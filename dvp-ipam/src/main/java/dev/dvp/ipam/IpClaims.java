package dev.dvp.ipam;

import dev.dvp.model.ObjectMeta;
import dev.dvp.model.OwnerReference;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressSpec;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The VirtualMachineIPAddress objects DVP creates and the rules of their life
 * ({@code images/virtualization-artifact/pkg/controller/netmanager/ipam.go},
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/ipam.go}): the automatic claim of a VM, named like
 * the API server completes {@code generateName} ({@code <vm>-} plus 5 random characters, not a hash), labelled with the
 * VM's UID and owned by the VM, so it is deleted with the VM unless the owner reference was removed ("keeping an
 * address").
 *
 * <pre>{@code
 * VirtualMachineIPAddress claim = IpClaims.automaticFor(vm, random);   // e.g. linux-vm-7prpx, type Auto
 * IpClaims.isDeletedWith(claim, vm);                                   // true
 * IpClaims.isDeletedWith(IpClaims.kept(claim), vm);                    // false
 * }</pre>
 *
 * <p>Stateless and thread-safe (the generator is the caller's).
 */
public final class IpClaims {
  /** The characters the API server appends to a {@code generateName}. */
  public static final String GENERATE_NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private static final int MAX_BASE = 58;
  private static final int SUFFIX = 5;

  private IpClaims() {}

  /**
   * Completes a {@code generateName} as the Kubernetes API server does: the base cut to 58 characters, then 5
   * characters drawn from {@link #GENERATE_NAME_ALPHABET}.
   *
   * @param generateName e.g. {@code linux-vm-}
   * @param random the generator
   * @return e.g. {@code linux-vm-7prpx}
   */
  public static String completeName(String generateName, RandomGenerator random) {
    StringBuilder out = new StringBuilder(generateName.length() > MAX_BASE ? generateName.substring(0, MAX_BASE)
        : generateName);
    for (int i = 0; i < SUFFIX; i++) {
      out.append(GENERATE_NAME_ALPHABET.charAt(random.nextInt(GENERATE_NAME_ALPHABET.length())));
    }
    return out.toString();
  }

  /**
   * Returns the automatic claim DVP creates for a VM that names none: {@code generateName <vm>-} completed with the
   * generator, the VM's namespace, the {@code virtual-machine-uid} label, a controller owner reference to the VM and
   * {@code spec.type: Auto}.
   *
   * @param vm the VM; its name, namespace and UID are used (an absent UID gives an empty label)
   * @param random the generator of the name suffix
   * @return the claim
   */
  public static VirtualMachineIPAddress automaticFor(VirtualMachine vm, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    String uid = vm.metadata().uid().orElse("");
    String generateName = vm.name() + "-";
    var meta = ObjectMeta.builder()
        .name(completeName(generateName, random))
        .generateName(generateName)
        .putLabel(VirtualMachineIPAddress.VIRTUAL_MACHINE_UID_LABEL, uid)
        .addOwnerReference(OwnerReference.builder()
            .apiVersion(vm.apiVersion()).kind(vm.kind()).name(vm.name()).uid(uid)
            .controller(true).blockOwnerDeletion(true).build());
    vm.namespace().ifPresent(meta::namespace);
    return VirtualMachineIPAddress.builder().metadata(meta.build()).spec(VirtualMachineIPAddressSpec.ofAuto()).build();
  }

  /**
   * Returns the name of the VM a claim belongs to, as DVP recovers it: {@code generateName} without its trailing
   * {@code -}; else the first owner reference of kind VirtualMachine; else the claim's own name.
   *
   * @param claim the claim
   * @return the VM's name
   */
  public static String virtualMachineName(VirtualMachineIPAddress claim) {
    return claim.metadata().generateName().filter(g -> !g.isEmpty())
        .map(g -> g.endsWith("-") ? g.substring(0, g.length() - 1) : g)
        .or(() -> claim.metadata().ownerReferences().stream().filter(o -> o.kind().equals("VirtualMachine"))
            .map(OwnerReference::name).findFirst())
        .orElse(claim.name());
  }

  /**
   * Tells whether garbage collection deletes a claim with a VM: it has an owner reference to the VM (by UID when both
   * have one, else by kind and name).
   *
   * @param claim the claim
   * @param vm the deleted VM
   * @return {@code true} when the claim goes with the VM (its lease is then released)
   */
  public static boolean isDeletedWith(VirtualMachineIPAddress claim, VirtualMachine vm) {
    return claim.metadata().ownerReferences().stream().anyMatch(o -> o.kind().equals("VirtualMachine")
        && (vm.metadata().uid().isPresent() && !o.uid().isEmpty() ? o.uid().equals(vm.metadata().uid().get())
            : o.name().equals(vm.name())));
  }

  /**
   * Returns the claim with its owner references removed, the documented way to keep an automatic address after the
   * VM is deleted ({@code kubectl patch vmip … '{"metadata":{"ownerReferences":null}}'}). The kept claim stays Bound
   * and can be named by a new VM in {@code spec.virtualMachineIPAddressName}; its UID label still names the old VM.
   *
   * @param claim the claim
   * @return the claim without owner references
   */
  public static VirtualMachineIPAddress kept(VirtualMachineIPAddress claim) {
    return claim.withMetadata(ObjectMeta.builder().from(claim.metadata()).ownerReferences(java.util.List.of())
        .build());
  }
}
