package dev.dvp.admission;

import dev.dvp.model.KubernetesNames;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.LabelSelectorOperator;
import dev.dvp.model.LabelSelectorRequirement;
import dev.dvp.model.NodeAffinity;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.PreferredSchedulingTerm;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineAffinity;
import dev.dvp.model.VirtualMachineAndPodAffinity;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import dev.dvp.model.WeightedVirtualMachineAndPodAffinityTerm;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DVP's {@code affinity_validator.go} (VM webhook, position 6), a copy of upstream pod affinity validation with the
 * root path {@code spec}: DVP converts the VM's affinity to a pod affinity first, so the texts name
 * {@code spec.nodeAffinity...}, {@code spec.podAffinity...} and {@code spec.podAntiAffinity...} without
 * {@code affinity}. The errors are wrapped as {@code errors while validating affinity: <aggregate>}; the violation
 * path is the real field of the first error. Upstream's {@code matchLabelKeys}/{@code mismatchLabelKeys} rules are
 * not reproduced.
 */
final class AffinityValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachineAffinity affinity = request.object().spec().affinity().orElse(null);
    if (affinity == null) {
      return List.of();
    }
    FieldErrors errs = new FieldErrors();
    affinity.nodeAffinity().ifPresent(na -> nodeAffinity(na, "spec.nodeAffinity", errs));
    affinity.virtualMachineAndPodAffinity().ifPresent(pa -> podAffinity(pa, "spec.podAffinity", errs));
    affinity.virtualMachineAndPodAntiAffinity().ifPresent(pa -> podAffinity(pa, "spec.podAntiAffinity", errs));
    if (errs.isEmpty()) {
      return List.of();
    }
    String path = errs.firstPath().replaceFirst("^spec\\.podAffinity", "spec.affinity.virtualMachineAndPodAffinity")
        .replaceFirst("^spec\\.podAntiAffinity", "spec.affinity.virtualMachineAndPodAntiAffinity")
        .replaceFirst("^spec\\.nodeAffinity", "spec.affinity.nodeAffinity");
    return List.of(Violation.error(path, "dvp.affinity", "errors while validating affinity: " + errs.aggregate()));
  }

  private static void nodeAffinity(NodeAffinity na, String path, FieldErrors errs) {
    na.requiredDuringSchedulingIgnoredDuringExecution().ifPresent(ns -> {
      String terms = path + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";
      if (ns.nodeSelectorTerms().isEmpty()) {
        errs.required(terms, "must have at least one node selector term");
        return;
      }
      for (int i = 0; i < ns.nodeSelectorTerms().size(); i++) {
        nodeSelectorTerm(ns.nodeSelectorTerms().get(i), terms + "[" + i + "]", errs);
      }
    });
    List<PreferredSchedulingTerm> preferred = na.preferredDuringSchedulingIgnoredDuringExecution();
    for (int i = 0; i < preferred.size(); i++) {
      String at = path + ".preferredDuringSchedulingIgnoredDuringExecution[" + i + "]";
      int weight = preferred.get(i).weight();
      if (weight <= 0 || weight > 100) {
        errs.invalid(at + ".weight", weight, "must be in the range 1-100");
      }
      nodeSelectorTerm(preferred.get(i).preference(), at + ".preference", errs);
    }
  }

  private static void nodeSelectorTerm(NodeSelectorTerm term, String path, FieldErrors errs) {
    for (int j = 0; j < term.matchExpressions().size(); j++) {
      NodeSelectorRequirement r = term.matchExpressions().get(j);
      String at = path + ".matchExpressions[" + j + "]";
      NodeSelectorOperator op = r.operator();
      if (op.equals(NodeSelectorOperator.IN) || op.equals(NodeSelectorOperator.NOT_IN)) {
        if (r.values().isEmpty()) {
          errs.required(at + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
        }
      } else if (op.equals(NodeSelectorOperator.EXISTS) || op.equals(NodeSelectorOperator.DOES_NOT_EXIST)) {
        if (!r.values().isEmpty()) {
          errs.forbidden(at + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
        }
      } else if (op.equals(NodeSelectorOperator.GT) || op.equals(NodeSelectorOperator.LT)) {
        if (r.values().size() != 1) {
          errs.required(at + ".values", "must be specified single value when `operator` is 'Lt' or 'Gt'");
        }
      } else {
        errs.invalid(at + ".operator", op.value(), "not a valid selector operator");
      }
      errs.labelName(at + ".key", r.key());
    }
    for (int j = 0; j < term.matchFields().size(); j++) {
      NodeSelectorRequirement r = term.matchFields().get(j);
      String at = path + ".matchFields[" + j + "]";
      if (r.operator().equals(NodeSelectorOperator.IN) || r.operator().equals(NodeSelectorOperator.NOT_IN)) {
        if (r.values().size() != 1) {
          errs.required(at + ".values",
              "must be only one value when `operator` is 'In' or 'NotIn' for node field selector");
        }
      } else {
        errs.invalid(at + ".operator", r.operator().value(), "not a valid selector operator");
      }
      if (!r.key().equals("metadata.name")) {
        errs.invalid(at + ".key", r.key(), "not a valid field selector key");
      } else {
        for (int v = 0; v < r.values().size(); v++) {
          String value = r.values().get(v);
          String valuePath = at + ".values[" + v + "]";
          KubernetesNames.dns1123Subdomain(value).forEach(m -> errs.invalid(valuePath, value, m));
        }
      }
    }
  }

  private static void podAffinity(VirtualMachineAndPodAffinity pa, String path, FieldErrors errs) {
    List<VirtualMachineAndPodAffinityTerm> required = pa.requiredDuringSchedulingIgnoredDuringExecution();
    for (int i = 0; i < required.size(); i++) {
      podAffinityTerm(required.get(i), path + ".requiredDuringSchedulingIgnoredDuringExecution[" + i + "]", errs);
    }
    List<WeightedVirtualMachineAndPodAffinityTerm> preferred = pa.preferredDuringSchedulingIgnoredDuringExecution();
    for (int i = 0; i < preferred.size(); i++) {
      String at = path + ".preferredDuringSchedulingIgnoredDuringExecution[" + i + "]";
      int weight = preferred.get(i).weight();
      if (weight <= 0 || weight > 100) {
        errs.invalid(at + ".weight", weight, "must be in the range 1-100");
      }
      podAffinityTerm(preferred.get(i).virtualMachineAndPodAffinityTerm(), at + ".podAffinityTerm", errs);
    }
  }

  private static void podAffinityTerm(VirtualMachineAndPodAffinityTerm term, String path, FieldErrors errs) {
    term.labelSelector().ifPresent(s -> labelSelector(s, path + ".labelSelector", errs));
    term.namespaceSelector().ifPresent(s -> labelSelector(s, path + ".namespaceSelector", errs));
    for (String ns : term.namespaces()) {
      KubernetesNames.dns1123Label(ns).forEach(m -> errs.invalid(path + ".namespace", ns, m));
    }
    if (term.topologyKey().isEmpty()) {
      errs.required(path + ".topologyKey", "can not be empty");
    }
    errs.labelName(path + ".topologyKey", term.topologyKey());
  }

  /** Upstream {@code ValidateLabelSelector} with label values checked; matchLabels in key order (Go maps are unordered). */
  static void labelSelector(LabelSelector selector, String path, FieldErrors errs) {
    Map<String, String> labels = new TreeMap<>(selector.matchLabels());
    labels.forEach((k, v) -> {
      errs.labelName(path + ".matchLabels", k);
      KubernetesNames.labelValue(v).forEach(m -> errs.invalid(path + ".matchLabels", v, m));
    });
    for (int i = 0; i < selector.matchExpressions().size(); i++) {
      LabelSelectorRequirement r = selector.matchExpressions().get(i);
      String at = path + ".matchExpressions[" + i + "]";
      LabelSelectorOperator op = r.operator();
      if (op.equals(LabelSelectorOperator.IN) || op.equals(LabelSelectorOperator.NOT_IN)) {
        if (r.values().isEmpty()) {
          errs.required(at + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
        }
      } else if (op.equals(LabelSelectorOperator.EXISTS) || op.equals(LabelSelectorOperator.DOES_NOT_EXIST)) {
        if (!r.values().isEmpty()) {
          errs.forbidden(at + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
        }
      } else {
        errs.invalid(at + ".operator", op.value(), "not a valid selector operator");
      }
      errs.labelName(at + ".key", r.key());
      for (int v = 0; v < r.values().size(); v++) {
        String value = r.values().get(v);
        String valuePath = at + ".values[" + v + "]";
        KubernetesNames.labelValue(value).forEach(m -> errs.invalid(valuePath, value, m));
      }
    }
  }
}
