package dev.dvp.admission;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;

/**
 * DVP's {@code meta_validator.go} (VM webhook, position 1): the 63-character name limit on CREATE, then
 * {@code kubevirt.io} in annotation keys, then in label keys. A plain substring test on keys, as in DVP:
 * {@code notkubevirt.io} is rejected too; values are never checked.
 */
final class MetaValidator implements AdmissionValidator<VirtualMachine> {
  static final int MAX_NAME = 63;
  static final String GROUP = "kubevirt.io";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    if (request.isCreate() && vm.name().length() > MAX_NAME) {
      return List.of(Violation.error("metadata.name", "dvp.meta.nameTooLong", "the VirtualMachine name \""
          + vm.name() + "\" is too long: it must be no more than " + MAX_NAME + " characters"));
    }
    for (String key : vm.metadata().annotations().keySet()) {
      if (key.contains(GROUP)) {
        return List.of(Violation.error("metadata.annotations[" + key + "]", "dvp.meta.kubevirtAnnotation",
            "using the kubevirt.io group's name in the annotation is prohibited"));
      }
    }
    for (String key : vm.metadata().labels().keySet()) {
      if (key.contains(GROUP)) {
        return List.of(Violation.error("metadata.labels[" + key + "]", "dvp.meta.kubevirtLabel",
            "using the kubevirt.io group's name in the label is prohibited"));
      }
    }
    return List.of();
  }
}
