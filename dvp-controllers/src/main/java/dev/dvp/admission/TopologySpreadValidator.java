package dev.dvp.admission;

import dev.dvp.model.TopologySpreadConstraint;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import dev.dvp.model.WhenUnsatisfiable;
import java.util.List;

/**
 * DVP's {@code topology_spread_validator.go} (VM webhook, position 7), upstream's constraint validation:
 * {@code maxSkew > 0}, a non-empty {@code topologyKey}, a supported {@code whenUnsatisfiable}, no repeated
 * {@code {topologyKey, whenUnsatisfiable}} (reported at the first of the pair, as upstream compares each constraint
 * with the later ones), and a valid label selector reported at {@code spec.topologySpreadConstraints.labelSelector}
 * without the index, as in the code DVP copied. Wrapped as {@code errors while validating topology spread
 * constraints: <aggregate>}.
 */
final class TopologySpreadValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    List<TopologySpreadConstraint> constraints = request.object().spec().topologySpreadConstraints();
    FieldErrors errs = new FieldErrors();
    for (int i = 0; i < constraints.size(); i++) {
      TopologySpreadConstraint c = constraints.get(i);
      String at = "spec.topologySpreadConstraints[" + i + "]";
      if (c.maxSkew() <= 0) {
        errs.invalid(at + ".maxSkew", c.maxSkew(), "must be greater than zero");
      }
      if (c.topologyKey().isEmpty()) {
        errs.required(at + ".topologyKey", "can not be empty");
      }
      String action = c.whenUnsatisfiable().value();
      if (!c.whenUnsatisfiable().equals(WhenUnsatisfiable.DO_NOT_SCHEDULE)
          && !c.whenUnsatisfiable().equals(WhenUnsatisfiable.SCHEDULE_ANYWAY)) {
        errs.unsupported(at + ".whenUnsatisfiable", action, "DoNotSchedule", "ScheduleAnyway");
      }
      for (TopologySpreadConstraint later : constraints.subList(i + 1, constraints.size())) {
        if (later.topologyKey().equals(c.topologyKey()) && later.whenUnsatisfiable().equals(c.whenUnsatisfiable())) {
          errs.duplicate(at + ".{topologyKey, whenUnsatisfiable}", "{" + c.topologyKey() + ", " + action + "}");
          break;
        }
      }
      c.labelSelector().ifPresent(s ->
          AffinityValidator.labelSelector(s, "spec.topologySpreadConstraints.labelSelector", errs));
    }
    if (errs.isEmpty()) {
      return List.of();
    }
    String path = errs.firstPath().startsWith("spec.topologySpreadConstraints[")
        ? errs.firstPath() : "spec.topologySpreadConstraints";
    return List.of(Violation.error(path, "dvp.topologySpread",
        "errors while validating topology spread constraints: " + errs.aggregate()));
  }
}
