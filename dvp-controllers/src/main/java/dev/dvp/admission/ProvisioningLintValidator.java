package dev.dvp.admission;

import dev.dvp.lifecycle.CloudInitLint;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * DVP's {@code provisioning_validator.go} (VM webhook, position 17): the inline cloud-init lint of
 * {@code type: UserData}, as a warning prefixed {@code spec.provisioning.userData: }. Never rejects.
 */
final class ProvisioningLintValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    Provisioning p = request.object().spec().provisioning().orElse(null);
    if (p == null || !p.type().equals(ProvisioningType.USER_DATA) || p.userData().isEmpty()) {
      return List.of();
    }
    return CloudInitLint.lint(p.userData().get().getBytes(StandardCharsets.UTF_8))
        .map(finding -> List.of(Violation.warning("spec.provisioning.userData", "dvp.provisioning.lint",
            "spec.provisioning.userData: " + finding)))
        .orElse(List.of());
  }
}
