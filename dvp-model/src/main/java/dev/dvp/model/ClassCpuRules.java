package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The CEL rules of the VirtualMachineClass CRD on {@code spec.cpu}: which of {@code model}, {@code features} and
 * {@code discovery} each CPU type requires or forbids. The transition rule {@code .spec.cpu is immutable} needs the
 * old object and is checked by admission on updates.
 */
final class ClassCpuRules implements SchemaRule<ClassCpu> {
  static final String HOST = "HostPassthrough and Host cannot have model, features or discovery";
  static final String DISCOVERY = "Discovery cannot have model or features";
  static final String MODEL = "Model requires model and cannot have features or discovery";
  static final String FEATURES = "Features requires features and cannot have model or discovery";

  @Override
  public List<RuleFailure> check(ClassCpu cpu) {
    boolean model = cpu.model().isPresent();
    boolean features = !cpu.features().isEmpty();
    boolean discovery = cpu.discovery().isPresent();
    CpuType type = cpu.type();
    List<RuleFailure> failures = new ArrayList<>(1);
    if ((type.equals(CpuType.HOST_PASSTHROUGH) || type.equals(CpuType.HOST)) && (model || features || discovery)) {
      failures.add(RuleFailure.of(HOST));
    }
    if (type.equals(CpuType.DISCOVERY) && (model || features)) {
      failures.add(RuleFailure.of(DISCOVERY));
    }
    if (type.equals(CpuType.MODEL) && !(model && !features && !discovery)) {
      failures.add(RuleFailure.of(MODEL));
    }
    if (type.equals(CpuType.FEATURES) && !(features && !model && !discovery)) {
      failures.add(RuleFailure.of(FEATURES));
    }
    return failures;
  }
}
