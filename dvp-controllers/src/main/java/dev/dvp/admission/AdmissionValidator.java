package dev.dvp.admission;

import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.List;

/**
 * One validator of a validating webhook, and the plug-in point for rules owned by higher modules (sizing, IPAM,
 * placement).
 *
 * <p>A validator returns its findings: any {@link Violation.Severity#ERROR} violation fails it (the webhook reports
 * the first error and stops), {@link Violation.Severity#WARNING} violations are the webhook's warnings, and warnings
 * whose code starts with {@code sdk.} are the SDK's own notes ({@link AdmissionResult#notes()}). It reads the
 * cluster only through the {@link AdmissionContext}; it gates itself on CREATE/UPDATE as DVP's validator does.
 *
 * <pre>{@code
 * AdmissionValidator<VirtualMachine> sizing = (request, context) -> {
 *   VirtualMachine vm = request.object();
 *   return mySizingRules.check(vm, context.resources());
 * };
 * Admission admission = Admission.builder().validator(VirtualMachineSlot.SIZING_POLICY, sizing).build();
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @param <T> the resource type it validates
 */
@FunctionalInterface
public interface AdmissionValidator<T extends Resource> {
  /**
   * Validates one request.
   *
   * @param request the request, with the defaulted object
   * @param context the other objects and the cluster settings
   * @return errors, warnings and notes in the order found; empty when the object passes silently
   */
  List<Violation> validate(AdmissionRequest<T> request, AdmissionContext context);
}
