package dev.dvp.admission;

import dev.dvp.model.NetworkType;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DVP's {@code ipam_validator.go} (VM webhook, position 2), the built-in part: {@code virtualMachineIPAddressName}
 * without configured CIDRs or without a Main network, and on CREATE the clash with an existing
 * VirtualMachineIPAddress named like the VM. Runs on CREATE, and on UPDATE only when the IP name or the networks
 * changed. The clash message names {@code spec.virtualMachineIPAddress}, the Go field, as DVP's does; the violation
 * path is the real field.
 */
final class IpamValidator implements AdmissionValidator<VirtualMachine> {
  private static final String PATH = "spec.virtualMachineIPAddressName";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    if (!request.isCreate()) {
      VirtualMachine old = request.oldObject().orElseThrow();
      if (old.spec().virtualMachineIPAddressName().equals(vm.spec().virtualMachineIPAddressName())
          && old.spec().networks().equals(vm.spec().networks())) {
        return List.of();
      }
    }
    List<Violation> out = new ArrayList<>(1);
    Optional<String> ipName = vm.spec().virtualMachineIPAddressName().filter(n -> !n.isEmpty());
    if (ipName.isPresent()) {
      if (context.virtualMachineCIDRs().isEmpty()) {
        out.add(UnknownFacts.warning(PATH, "virtualMachineCIDRs", UnknownFacts.CIDRS));
      } else if (context.virtualMachineCIDRs().get().isEmpty()) {
        out.add(Violation.error(PATH, "dvp.ipam.noCidrs", "spec.virtualMachineIPAddressName cannot be set when"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs is not configured"));
        return out;
      }
      if (!vm.spec().networks().isEmpty()
          && vm.spec().networks().stream().noneMatch(n -> n.type().equals(NetworkType.MAIN))) {
        out.add(Violation.error(PATH, "dvp.ipam.noMain",
            "spec.virtualMachineIPAddressName cannot be set without Main network type in spec.networks"));
        return out;
      }
    } else if (request.isCreate()) {
      Optional<Resource> clash =
          context.resources().find("VirtualMachineIPAddress", context.namespaceOf(vm), vm.name());
      if (clash.isPresent()) {
        String address = ObjectFields.text(clash.get(), "status", "address").orElse("");
        out.add(Violation.error(PATH, "dvp.ipam.nameTaken", "VirtualMachineIPAddress with the name of the virtual"
            + " machine already exists: set spec.virtualMachineIPAddress field to " + clash.get().name()
            + " to use IP " + address));
      }
    }
    return out;
  }
}
