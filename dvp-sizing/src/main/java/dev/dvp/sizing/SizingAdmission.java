package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import dev.dvp.admission.Admission;
import dev.dvp.admission.AdmissionContext;
import dev.dvp.admission.VirtualMachineDefaulter;
import dev.dvp.admission.VirtualMachineSlot;
import java.util.List;
import java.util.Optional;

/**
 * Plugs this module's rules into DVP's VirtualMachine admission chain ({@link Admission}), in DVP's places: the
 * coreFraction defaulter after the class-name defaulter, the sizing-policy validator, the CPU-count (topology)
 * validator and the coreFraction ({@code Auto}) validator.
 *
 * <pre>{@code
 * Admission admission = SizingAdmission.addTo(Admission.builder()).build();
 * }</pre>
 *
 * <p>The {@code Auto} checks need the feature gates {@code VerticalVirtualMachineAutoscaler} and
 * {@code HotplugCPUAndMemoryWithInPlaceResize}; when the admission context does not say whether they are on, the
 * check is skipped rather than guessed. Stateless and thread-safe.
 */
public final class SizingAdmission {
  /** The feature gate that makes {@code coreFraction: Auto} available. */
  public static final String VERTICAL_AUTOSCALER_GATE = "VerticalVirtualMachineAutoscaler";
  /** The feature gate {@code coreFraction: Auto} also needs. */
  public static final String IN_PLACE_RESIZE_GATE = "HotplugCPUAndMemoryWithInPlaceResize";

  private SizingAdmission() {}

  /**
   * Adds the sizing defaulter and validators to an admission chain.
   *
   * @param builder the chain being assembled
   * @return the same builder
   */
  public static Admission.Builder addTo(Admission.Builder builder) {
    return builder
        .coreFractionDefaulter(SizingAdmission::defaultCoreFraction)
        .validator(VirtualMachineSlot.SIZING_POLICY,
            (request, context) -> Sizing.check(request.object(), classOf(request.object(), context))
                .admissionViolations())
        .validator(VirtualMachineSlot.CPU_COUNT,
            (request, context) -> CpuTopology.of(request.object().spec().cpu().cores()).violation()
                .map(List::of).orElse(List.of()))
        .validator(VirtualMachineSlot.CORE_FRACTION, (request, context) -> {
          Optional<Boolean> autoscaler = context.featureGate(VERTICAL_AUTOSCALER_GATE);
          Optional<Boolean> inPlace = context.featureGate(IN_PLACE_RESIZE_GATE);
          if (autoscaler.isEmpty() || inPlace.isEmpty()) {
            return List.<Violation>of();
          }
          return AutoCoreFraction.validate(request.object(), request.oldObject(),
              classOf(request.object(), context), autoscaler.get(), inPlace.get());
        });
  }

  /**
   * Returns DVP's coreFraction defaulter alone (from the VM's class: {@code 100%} or the matching policy's
   * {@code defaultCoreFraction}), for chains that report sizing violations another way.
   *
   * @return the defaulter
   */
  public static VirtualMachineDefaulter coreFractionDefaulter() {
    return SizingAdmission::defaultCoreFraction;
  }

  private static VirtualMachineDefaulter.Outcome defaultCoreFraction(VirtualMachine vm, AdmissionContext context) {
    CoreFractionDefaulting.Outcome outcome = CoreFractionDefaulting.apply(vm, classOf(vm, context));
    return new VirtualMachineDefaulter.Outcome(outcome.vm(), outcome.error());
  }

  private static Optional<VirtualMachineClass> classOf(VirtualMachine vm, AdmissionContext context) {
    return vm.spec().virtualMachineClassName()
        .flatMap(name -> context.resources().find(VirtualMachineClass.class, "", name));
  }
}
