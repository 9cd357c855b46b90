package dev.dvp.admission;

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
import dev.dvp.model.cluster.ClusterFacts;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Admission as a {@code dvp check} rule: every object of a kind DVP admits ({@link #admits(Resource)}:
 * VirtualMachine, VirtualMachineBlockDeviceAttachment, VirtualMachineOperation, VirtualDisk, VirtualImage,
 * ClusterVirtualImage) is admitted as a CREATE with the other objects of the set as its context, and the check
 * reports exactly what the API server would answer, in its order: CRD defaults and DVP's mutating webhook first
 * (default class, coreFraction through the builder slot, network ids; an error there is the only error), then
 * every schema and CEL error of the <em>mutated</em> object, then the validating webhook's error or warnings. For
 * those kinds a caller must not run {@link dev.dvp.model.StructuralValidator} separately: its errors are among these
 * findings, after defaulting (a VM without a class name in a set with a default class is not "Required value").
 * Paths are the user's: defaulting only adds fields and never reorders lists, so a path names the same place in the
 * written manifest (or, for a field defaulting added, the parent the user wrote).
 *
 * <p>The SDK's notes are findings too, for admitted and denied objects alike, as {@link Violation.Severity#WARNING}:
 * among them, without cluster facts, one warning for every DVP check skipped for want of a fact, naming the field
 * and the fact ({@code cannot check spec.networks[1] without knowing whether the sdn module is enabled. Maybe pass
 * --cluster}). With {@link ClusterFacts} every fact is known, so those checks run and DVP's own errors appear
 * instead.
 *
 * <p>The work is linear in the size of the set: each object's context is the set {@link ResourceSet#without(Resource)
 * without it}, a constant-time view. Stateless and thread-safe.
 *
 * <pre>{@code
 * ResourceSet set = ResourceSet.of(Manifests.standard().read(path));
 * List<Finding> offline = new AdmissionCheck().check(set);                          // no facts: warnings name them
 * List<Finding> real = new AdmissionCheck(admission, ClusterFacts.read(clusterDir)).check(set);
 * }</pre>
 */
public final class AdmissionCheck implements ResourceSetCheck {
  private static final List<Class<? extends Resource>> ADMITTED = List.of(VirtualMachine.class,
      VirtualMachineBlockDeviceAttachment.class, VirtualMachineOperation.class, VirtualDisk.class,
      VirtualImage.class, ClusterVirtualImage.class);

  private final Admission admission;
  private final Optional<AdmissionContext> base;
  private final Optional<ClusterFacts> facts;

  /** Checks with {@link Admission#standard()} and no cluster facts. */
  public AdmissionCheck() {
    this(Admission.standard());
  }

  /**
   * Checks with an assembled admission (sizing, IPAM, placement steps plugged in) and no cluster facts: the
   * context of each object is {@link AdmissionContext#of(ResourceSet)} of the others, and every check needing a
   * fact the set does not state is skipped with a warning.
   *
   * @param admission the admission chain
   */
  public AdmissionCheck(Admission admission) {
    this(admission, Optional.empty(), Optional.empty());
  }

  /**
   * Checks with an assembled admission against a cluster: the context of each object is
   * {@link AdmissionContext#of(ClusterFacts, ResourceSet)} of the others.
   *
   * @param admission the admission chain
   * @param facts the cluster
   */
  public AdmissionCheck(Admission admission, ClusterFacts facts) {
    this(admission, Optional.empty(), Optional.of(require(facts, "facts")));
  }

  /**
   * Checks with an assembled admission and a base context stated in code.
   *
   * @param admission the admission chain
   * @param base feature gates, edition, clock and completeness flags to use; its resources are replaced by the
   *     checked set, and the set's {@code ModuleConfig/virtualization} settings override its module settings
   */
  public AdmissionCheck(Admission admission, AdmissionContext base) {
    this(admission, Optional.of(require(base, "base")), Optional.empty());
  }

  private AdmissionCheck(Admission admission, Optional<AdmissionContext> base, Optional<ClusterFacts> facts) {
    this.admission = require(admission, "admission");
    this.base = base;
    this.facts = facts;
  }

  private static <T> T require(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /**
   * Tells whether this check admits an object, and so reports its schema errors itself: a caller running
   * {@link dev.dvp.model.StructuralValidator} over a set should skip these objects.
   *
   * @param resource an object
   * @return {@code true} for VirtualMachine, VirtualMachineBlockDeviceAttachment, VirtualMachineOperation,
   *     VirtualDisk, VirtualImage and ClusterVirtualImage
   */
  public static boolean admits(Resource resource) {
    for (Class<? extends Resource> type : ADMITTED) {
      if (type.isInstance(resource)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Finding> check(ResourceSet resources) {
    AdmissionContext whole = wholeContext(resources);
    ResourceSet all = whole.resources();
    List<Finding> findings = new ArrayList<>();
    for (Resource subject : resources.all()) {
      if (!admits(subject)) {
        continue;
      }
      AdmissionContext context = whole.toBuilder().resources(all.without(subject)).build();
      AdmissionResult<Resource> result = admission.review(AdmissionRequest.create(subject), context);
      result.notes().forEach(n -> findings.add(new Finding(subject, n)));
      result.errors().forEach(e -> findings.add(new Finding(subject, e)));
      result.warnings().forEach(w -> findings.add(new Finding(subject, w)));
    }
    return findings;
  }

  // The context of the whole set, once: the module settings come from the ModuleConfig, which is never a subject.
  private AdmissionContext wholeContext(ResourceSet resources) {
    if (facts.isPresent()) {
      return AdmissionContext.of(facts.get(), resources);
    }
    if (base.isEmpty()) {
      return AdmissionContext.of(resources);
    }
    AdmissionContext derived = AdmissionContext.of(resources);
    AdmissionContext.Builder context = base.get().toBuilder().resources(resources);
    derived.virtualMachineCIDRs().ifPresent(context::virtualMachineCIDRs);
    derived.defaultVirtualDiskStorageClass().ifPresent(context::defaultVirtualDiskStorageClass);
    derived.defaultVirtualImageStorageClass().ifPresent(context::defaultVirtualImageStorageClass);
    return context.build();
  }
}
