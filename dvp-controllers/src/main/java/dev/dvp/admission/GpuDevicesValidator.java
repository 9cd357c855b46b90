package dev.dvp.admission;

import dev.dvp.model.GpuRef;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;

/**
 * DVP's {@code gpu_devices_validator.go} (VM webhook, position 13): only when GPUs are introduced or changed
 * (compared sorted), the {@code GPU} feature gate and the GPUClass's existence. Unchanged GPUs never block an
 * update. DVP's third message (GPUClass CRD not registered) depends on the cluster's API discovery, which the
 * context does not model; a missing GPUClass is reported with the "does not exist" text.
 */
final class GpuDevicesValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    List<String> now = sorted(request.object().spec().gpus());
    List<String> before = request.oldObject().map(old -> sorted(old.spec().gpus())).orElse(List.of());
    if (now.isEmpty() || now.equals(before)) {
      return List.of();
    }
    var gate = context.featureGate(AdmissionContext.GPU);
    if (gate.isPresent() && !gate.get()) {
      return List.of(Violation.error("spec.gpus", "dvp.gpu.gate", "GPU device attachment requires the GPU feature gate"));
    }
    List<GpuRef> gpus = request.object().spec().gpus();
    for (int i = 0; i < gpus.size(); i++) {
      String cls = gpus.get(i).gpuClassName();
      if (context.resources().find("GPUClass", "", cls).isEmpty()) {
        return List.of(Violation.error("spec.gpus[" + i + "].gpuClassName", "dvp.gpu.classMissing",
            "GPU device references GPUClass \"" + cls + "\" that does not exist"));
      }
    }
    return gate.isEmpty() ? List.of(UnknownFacts.gate("spec.gpus", AdmissionContext.GPU,
        "the edition and ModuleConfig/virtualization spec.settings.featureGates")) : List.of();
  }

  private static List<String> sorted(List<GpuRef> gpus) {
    return gpus.stream().map(GpuRef::gpuClassName).sorted().toList();
  }
}
