package dev.dvp.admission;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.List;

/**
 * DVP's class-name defaulter ({@code defaulter/virtual_machine_class_name.go}): when
 * {@code spec.virtualMachineClassName} is empty, the single VirtualMachineClass annotated
 * {@value #DEFAULT_CLASS_ANNOTATION}{@code : "true"} (exactly {@code "true"}) is filled in; none or several reject the
 * request, several named in the order the context lists them.
 */
final class DefaultClassNameDefaulter implements VirtualMachineDefaulter {
  static final String DEFAULT_CLASS_ANNOTATION = "virtualmachineclass.virtualization.deckhouse.io/is-default-class";
  static final String NO_DEFAULT = "spec.virtualMachineClassName is empty and no default VirtualMachineClass is"
      + " configured; set spec.virtualMachineClassName explicitly or mark one VirtualMachineClass as default with"
      + " the \"" + DEFAULT_CLASS_ANNOTATION + "\" annotation set to \"true\"";

  static final String PATH = "spec.virtualMachineClassName";

  /**
   * Tells whether the defaulter cannot decide: the VM names no class, the context's classes are not complete, and
   * none of them is marked default (the cluster may well have one).
   */
  static boolean undecidable(VirtualMachine vm, AdmissionContext context) {
    return vm.spec().virtualMachineClassName().filter(n -> !n.isEmpty()).isEmpty()
        && !context.virtualMachineClassesComplete() && defaults(context).isEmpty();
  }

  private static List<VirtualMachineClass> defaults(AdmissionContext context) {
    return context.resources().ofType(VirtualMachineClass.class).stream()
        .filter(c -> "true".equals(c.metadata().annotations().get(DEFAULT_CLASS_ANNOTATION)))
        .toList();
  }

  @Override
  public Outcome apply(VirtualMachine vm, AdmissionContext context) {
    if (vm.spec().virtualMachineClassName().filter(n -> !n.isEmpty()).isPresent()) {
      return Outcome.unchanged(vm);
    }
    List<VirtualMachineClass> defaults = defaults(context);
    if (defaults.isEmpty()) {
      return Outcome.rejected(vm, Violation.error("spec.virtualMachineClassName", "dvp.class.noDefault", NO_DEFAULT));
    }
    if (defaults.size() > 1) {
      return Outcome.rejected(vm, Violation.error("spec.virtualMachineClassName", "dvp.class.multipleDefaults",
          "multiple default classes are found (" + defaults.get(0).name() + ", " + defaults.get(1).name() + ")"));
    }
    return Outcome.defaulted(vm.withSpec(vm.spec().withVirtualMachineClassName(defaults.get(0).name())));
  }
}
