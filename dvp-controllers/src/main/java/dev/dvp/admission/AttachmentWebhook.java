package dev.dvp.admission;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.OsType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentPhase;
import dev.dvp.model.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * DVP's VirtualMachineBlockDeviceAttachment validating webhook ({@code vmbda_webhook.go}), in order: spec
 * immutability (UPDATE), Legacy OS without paravirtualization (CREATE), the disk conflict (CREATE), the device limit.
 * The PV node-affinity check (position 5) belongs to {@code dvp-placement} and is plugged in with
 * {@link Admission.Builder#validator(Class, AdmissionValidator)}.
 *
 * <p>The conflict is namespace-wide and, in practice, every existing attachment of the same VirtualDisk conflicts
 * whatever its phase: the API server stamps the new object "now", so every other one is older. Only one created in
 * the same second whose name sorts after the new one and that has no phase (or phase Failed) does not. The new
 * object's time is the context's clock, cut to seconds; without a clock every other attachment counts as older.
 * DVP admits when its lookups fail; offline all inputs are explicit, so that branch has no trigger.
 */
final class AttachmentWebhook implements AdmissionValidator<VirtualMachineBlockDeviceAttachment> {
  static final String IMMUTABLE =
      "VirtualMachineBlockDeviceAttachment is an idempotent resource: specification changes are not available";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachineBlockDeviceAttachment> request,
      AdmissionContext context) {
    VirtualMachineBlockDeviceAttachment vmbda = request.object();
    if (!request.isCreate()) {
      if (!request.oldObject().orElseThrow().spec().equals(vmbda.spec())) {
        return List.of(Violation.error("spec", "dvp.vmbda.immutable", IMMUTABLE));
      }
    }
    String namespace = context.namespaceOf(vmbda);
    String vmName = vmbda.spec().virtualMachineName();
    Optional<VirtualMachine> vm = context.resources().find(VirtualMachine.class, namespace, vmName);
    if (request.isCreate()) {
      if (vm.isPresent() && vm.get().spec().osTypeOrDefault().equals(OsType.LEGACY)
          && !vm.get().spec().enableParavirtualizationOrDefault()) {
        return List.of(Violation.error("spec.virtualMachineName", "dvp.vmbda.legacyOs", "unable to attach block"
            + " device to VirtualMachine \"" + vmName + "\": hot-plugging is not available for the Legacy osType"
            + " with enableParavirtualization=false, its disks are on the IDE bus. Add the block device to the"
            + " VirtualMachine `.spec.blockDeviceRefs` and restart it"));
      }
      Optional<VirtualMachineBlockDeviceAttachment> conflict = conflict(vmbda, context);
      if (conflict.isPresent()) {
        return List.of(Violation.error("spec.blockDeviceRef", "dvp.vmbda.conflict", "another"
            + " VirtualMachineBlockDeviceAttachment " + namespace + "/" + conflict.get().name() + " already exists"
            + " with the same block device " + vmbda.spec().blockDeviceRef().name() + " for hot-plugging"));
      }
    }
    int count = vm.map(v -> v.spec().blockDeviceRefs().size()).orElse(0)
        + Attachments.of(vmName, namespace, context, vmbda).size();
    // On UPDATE the stored attachment counts itself; on CREATE the printed count leaves the new one out.
    if (count + 1 > Attachments.LIMIT) {
      return List.of(BlockDeviceLimitValidator.limitReached("spec.virtualMachineName", vmName,
          request.isCreate() ? count : count + 1));
    }
    return List.of();
  }

  /** The first other attachment of the same VirtualDisk that DVP's conflict rule counts. */
  static Optional<VirtualMachineBlockDeviceAttachment> conflict(VirtualMachineBlockDeviceAttachment vmbda,
      AdmissionContext context) {
    if (!vmbda.spec().blockDeviceRef().kind().equals(BlockDeviceKind.VIRTUAL_DISK)) {
      return Optional.empty();
    }
    String namespace = context.namespaceOf(vmbda);
    Optional<Instant> created = context.clock().map(c -> c.instant().truncatedTo(ChronoUnit.SECONDS));
    for (VirtualMachineBlockDeviceAttachment other : context.resources().ofType(VirtualMachineBlockDeviceAttachment.class)) {
      if (ObjectFields.sameObject(other, vmbda, context) || !context.namespaceOf(other).equals(namespace)
          || !other.spec().blockDeviceRef().kind().equals(BlockDeviceKind.VIRTUAL_DISK)
          || !other.spec().blockDeviceRef().name().equals(vmbda.spec().blockDeviceRef().name())) {
        continue;
      }
      boolean activePhase = other.status().flatMap(s -> s.phase())
          .map(p -> !p.equals(VirtualMachineBlockDeviceAttachmentPhase.FAILED)).orElse(false);
      Instant otherCreated = creationTime(other);
      boolean older = created.map(otherCreated::isBefore).orElse(true);
      boolean tieFirst = created.map(otherCreated::equals).orElse(false) && other.name().compareTo(vmbda.name()) < 0;
      if (activePhase || older || tieFirst) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  // Go's zero time when absent or unreadable: older than anything.
  private static Instant creationTime(VirtualMachineBlockDeviceAttachment a) {
    try {
      return a.metadata().creationTimestamp().map(Instant::parse).orElse(Instant.MIN);
    } catch (DateTimeParseException e) {
      return Instant.MIN;
    }
  }
}
