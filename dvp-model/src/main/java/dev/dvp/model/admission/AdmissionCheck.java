package dev.dvp.model.admission;

import dev.dvp.model.ClusterVirtualImage;
import dev.dvp.model.Finding;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.VirtualDisk;
import dev.dvp.model.VirtualImage;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Admission as a {@code dvp check} rule: every VirtualMachine, VirtualMachineBlockDeviceAttachment,
 * VirtualMachineOperation, VirtualDisk, VirtualImage and ClusterVirtualImage of the set is admitted as a CREATE,
 * with the other objects of the set as its context ({@link AdmissionContext#of(ResourceSet)}: module settings from a
 * {@code ModuleConfig/virtualization} among them), plus the feature gates, edition and clock of a base context.
 *
 * <p>Findings: the error DVP would answer with (at the mutating or validating stage) and the webhook's warnings, as
 * {@link Violation.Severity#ERROR} and {@link Violation.Severity#WARNING} violations; the SDK's notes only for a
 * rejected object. Schema errors are not reported here, since {@code dvp check} reports the structural validation
 * itself; an object that fails its schema gets no admission findings. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = new AdmissionCheck().check(ResourceSet.of(Manifests.standard().read(path)));
 * }</pre>
 */
public final class AdmissionCheck implements ResourceSetCheck {
  private static final List<Class<? extends Resource>> ADMITTED = List.of(VirtualMachine.class,
      VirtualMachineBlockDeviceAttachment.class, VirtualMachineOperation.class, VirtualDisk.class,
      VirtualImage.class, ClusterVirtualImage.class);

  private final Admission admission;
  private final AdmissionContext base;

  /** Checks with {@link Admission#standard()} and nothing known beyond the set. */
  public AdmissionCheck() {
    this(Admission.standard(), AdmissionContext.empty());
  }

  /**
   * Checks with an assembled admission (sizing, IPAM, placement steps plugged in) and a base context.
   *
   * @param admission the admission chain
   * @param base feature gates, edition and clock to use; its resources are replaced by the checked set
   */
  public AdmissionCheck(Admission admission, AdmissionContext base) {
    if (admission == null || base == null) {
      throw new IllegalArgumentException("an AdmissionCheck needs an Admission and a base AdmissionContext");
    }
    this.admission = admission;
    this.base = base;
  }

  @Override
  public List<Finding> check(ResourceSet resources) {
    List<Finding> findings = new ArrayList<>();
    // The module settings come from the ModuleConfig, which is never a subject: read them once for the whole set.
    AdmissionContext derived = AdmissionContext.of(resources);
    for (Resource subject : resources.all()) {
      if (ADMITTED.stream().noneMatch(t -> t.isInstance(subject))) {
        continue;
      }
      List<Resource> others = new ArrayList<>(resources.all());
      others.removeIf(r -> r == subject);
      ResourceSet otherSet = ResourceSet.of(others, resources.defaultNamespace());
      AdmissionContext.Builder context = base.toBuilder().resources(otherSet);
      derived.virtualMachineCIDRs().ifPresent(context::virtualMachineCIDRs);
      derived.defaultVirtualDiskStorageClass().ifPresent(context::defaultVirtualDiskStorageClass);
      derived.defaultVirtualImageStorageClass().ifPresent(context::defaultVirtualImageStorageClass);
      AdmissionResult<Resource> result = admission.review(AdmissionRequest.create(subject), context.build());
      if (result.deniedAt().filter(AdmissionStage.SCHEMA::equals).isPresent()) {
        continue;
      }
      if (!result.allowed()) {
        result.notes().forEach(n -> findings.add(new Finding(subject, n)));
      }
      result.errors().forEach(e -> findings.add(new Finding(subject, e)));
      result.warnings().forEach(w -> findings.add(new Finding(subject, w)));
    }
    return findings;
  }
}
