package dev.dvp.admission;

import dev.dvp.model.OsType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;

/**
 * DVP's {@code legacy_os_validator.go} (VM webhook, position 16): a warning, never an error, for
 * {@code osType: Legacy} with paravirtualization on (absent or {@code true}), on CREATE and UPDATE.
 */
final class LegacyOsWarning implements AdmissionValidator<VirtualMachine> {
  static final String MESSAGE = "The Legacy osType with enableParavirtualization=true gives the virtual machine"
      + " virtio devices: disks on the virtio-blk bus and a virtio-net adapter. Operating systems of this type have"
      + " no built-in virtio drivers, so unless the drivers are already installed in the guest, the virtual machine"
      + " will not boot. Set enableParavirtualization=false to get the IDE bus and the RTL8139 adapter.";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    if (vm.spec().osTypeOrDefault().equals(OsType.LEGACY) && vm.spec().enableParavirtualizationOrDefault()) {
      return List.of(Violation.warning("spec.osType", "dvp.legacyOs.virtio", MESSAGE));
    }
    return List.of();
  }
}
