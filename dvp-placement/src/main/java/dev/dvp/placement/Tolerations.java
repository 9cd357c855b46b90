package dev.dvp.placement;

import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import java.util.List;

/**
 * Kubernetes' {@code ToleratesTaint} with the alpha {@code Lt}/{@code Gt} operators behind a switch
 * ({@code staging/src/k8s.io/api/core/v1/toleration.go}, used by Kubernetes
 * {@code tainttoleration/taint_toleration.go}).
 */
final class Tolerations {
  private Tolerations() {}

  static boolean tolerates(Toleration t, Taint taint, boolean comparisonOperators) {
    String op = t.operator().map(TolerationOperator::value).orElse("");
    if (!op.equals("Lt") && !op.equals("Gt")) {
      return t.tolerates(taint);
    }
    if (!comparisonOperators) {
      return false;
    }
    if (t.effect().isPresent() && !t.effect().get().value().isEmpty() && !t.effect().get().equals(taint.effect())) {
      return false;
    }
    if (t.key().isPresent() && !t.key().get().isEmpty() && !t.key().get().equals(taint.key())) {
      return false;
    }
    try {
      long taintValue = Long.parseLong(taint.value().orElse(""));
      long tolerationValue = Long.parseLong(t.value().orElse(""));
      return op.equals("Lt") ? taintValue < tolerationValue : taintValue > tolerationValue;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean anyTolerates(List<Toleration> tolerations, Taint taint, boolean comparisonOperators) {
    for (Toleration t : tolerations) {
      if (tolerates(t, taint, comparisonOperators)) {
        return true;
      }
    }
    return false;
  }

  static boolean filters(Taint taint) {
    return taint.effect().equals(TaintEffect.NO_SCHEDULE) || taint.effect().equals(TaintEffect.NO_EXECUTE);
  }
}
