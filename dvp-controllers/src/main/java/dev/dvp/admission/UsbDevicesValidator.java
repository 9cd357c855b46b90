package dev.dvp.admission;

import dev.dvp.model.UsbDeviceRef;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DVP's {@code usb_devices_validator.go} (VM webhook, position 12): the {@code USB} feature gate, duplicate names,
 * and newly added devices another VM of the namespace already lists. The free USB/IP port check of a scheduled VM
 * needs node state the SDK does not model; it is not made.
 */
final class UsbDevicesValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    List<UsbDeviceRef> devices = vm.spec().usbDevices();
    if (devices.isEmpty()) {
      return List.of();
    }
    List<Violation> notes = new ArrayList<>(1);
    var gate = context.featureGate(AdmissionContext.USB);
    if (gate.isPresent() && !gate.get()) {
      return List.of(Violation.error("spec.usbDevices", "dvp.usb.gate",
          "USB device attachment requires Kubernetes version 1.34 or newer and enabled DRA feature gates"));
    }
    if (gate.isEmpty()) {
      notes.add(UnknownFacts.gate("spec.usbDevices", AdmissionContext.USB,
          "the edition, the Kubernetes version and the API server's DRA feature gates"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < devices.size(); i++) {
      if (!seen.add(devices.get(i).name())) {
        return List.of(Violation.error("spec.usbDevices[" + i + "].name", "dvp.usb.duplicate",
            "duplicate USB device " + devices.get(i).name() + " in spec.usbDevices"));
      }
    }
    Set<String> before = new HashSet<>();
    request.oldObject().ifPresent(old -> old.spec().usbDevices().forEach(d -> before.add(d.name())));
    String namespace = context.namespaceOf(vm);
    for (int i = 0; i < devices.size(); i++) {
      String name = devices.get(i).name();
      if (before.contains(name)) {
        continue;
      }
      for (VirtualMachine other : context.resources().ofType(VirtualMachine.class)) {
        if (!ObjectFields.sameObject(other, vm, context) && context.namespaceOf(other).equals(namespace)
            && other.spec().usbDevices().stream().anyMatch(d -> d.name().equals(name))) {
          return List.of(Violation.error("spec.usbDevices[" + i + "].name", "dvp.usb.inUse",
              "USB device " + name + " is already used by VirtualMachine " + namespace + "/" + other.name()));
        }
      }
    }
    return notes;
  }
}
