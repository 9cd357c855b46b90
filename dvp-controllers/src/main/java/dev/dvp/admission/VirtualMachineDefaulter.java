package dev.dvp.admission;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * A defaulter of the VirtualMachine mutating webhook; the plug-in point for {@code dvp-sizing}'s coreFraction
 * defaulter ({@link Admission.Builder#coreFractionDefaulter(VirtualMachineDefaulter)}).
 *
 * <p>It receives the VM after the earlier defaulters (the class name is already filled when a default class
 * exists) and returns it with its own field set, or an error that rejects the request before schema validation.
 * DVP's coreFraction defaulter acts only when {@code spec.cpu.coreFraction} is empty and a class name is set
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/defaulter/core_fraction.go}); it must leave an
 * explicit value alone, and must be idempotent.
 *
 * <pre>{@code
 * VirtualMachineDefaulter coreFraction = (vm, context) -> vm.spec().cpu().coreFraction().isPresent()
 *     ? VirtualMachineDefaulter.Outcome.unchanged(vm)
 *     : VirtualMachineDefaulter.Outcome.defaulted(vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCoreFraction("100%"))));
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface VirtualMachineDefaulter {
  /**
   * Defaults one field of a VM.
   *
   * @param vm the VM after the earlier defaulters
   * @param context the other objects (classes, ...) and the cluster settings
   * @return the VM, changed or not, or the error that rejects the request
   */
  Outcome apply(VirtualMachine vm, AdmissionContext context);

  /**
   * The result of a defaulter: the VM to pass on, or an error.
   *
   * @param vm the VM to pass on (meaningless when {@code error} is present)
   * @param error the error that rejects the request, at the defaulted field's path
   */
  record Outcome(VirtualMachine vm, Optional<Violation> error) {
    /**
     * Checks the outcome's shape.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the error is a warning
     */
    public Outcome {
      Objects.requireNonNull(vm, "vm");
      Objects.requireNonNull(error, "error");
      if (error.isPresent() && !error.get().isError()) {
        throw new IllegalArgumentException("a defaulter fails with an ERROR violation, got " + error.get().severity());
      }
    }

    /**
     * The VM with the default applied.
     *
     * @param vm the changed VM
     * @return the outcome
     */
    public static Outcome defaulted(VirtualMachine vm) {
      return new Outcome(vm, Optional.empty());
    }

    /**
     * The VM left as it was.
     *
     * @param vm the VM
     * @return the outcome
     */
    public static Outcome unchanged(VirtualMachine vm) {
      return new Outcome(vm, Optional.empty());
    }

    /**
     * A rejection.
     *
     * @param vm the VM as received
     * @param error the error, e.g. at {@code spec.cpu.coreFraction}
     * @return the outcome
     */
    public static Outcome rejected(VirtualMachine vm, Violation error) {
      return new Outcome(vm, Optional.of(error));
    }
  }
}
