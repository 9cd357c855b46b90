package dev.dvp.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.LabelSelectorOperator;
import dev.dvp.model.LabelSelectorRequirement;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pod (anti-)affinity term with its namespaces resolved as kube-scheduler's {@code AffinityTerm} (Kubernetes
 * {@code pkg/scheduler/framework/types.go}).
 *
 * <p>The label selector includes {@code matchLabelKeys}/{@code mismatchLabelKeys} merged as kube-apiserver does at
 * pod creation (key In / NotIn the owning pod's value). A missing selector matches nothing, an empty one
 * everything (Kubernetes {@code staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go}).
 */
final class AffinityTerm {
  final VirtualMachineAndPodAffinityTerm source;
  final LabelSelector selector;
  final String topologyKey;
  final int weight;
  private final Set<String> namespaces;
  private final Optional<LabelSelector> namespaceSelector;
  private final String ownerNamespace;

  private AffinityTerm(VirtualMachineAndPodAffinityTerm source, Map<String, String> ownerLabels, String ownerNamespace,
      int weight) {
    this.source = source;
    this.selector = mergedSelector(source, ownerLabels);
    this.topologyKey = source.topologyKey();
    this.weight = weight;
    this.namespaces = Set.copyOf(source.namespaces());
    this.namespaceSelector = source.namespaceSelector();
    this.ownerNamespace = ownerNamespace;
  }

  static AffinityTerm of(VirtualMachineAndPodAffinityTerm term, Pod owner, int weight) {
    return new AffinityTerm(term, owner.labels(), owner.namespace(), weight);
  }

  /**
   * Whether a pod in {@code namespace} with these labels is selected; {@code namespaceLabels} are the labels of that
   * namespace (empty when unknown), against which a namespaceSelector is evaluated.
   */
  boolean matches(String namespace, Map<String, String> podLabels, Map<String, String> namespaceLabels) {
    if (selector == null) {
      return false;
    }
    boolean inNamespace;
    if (namespaces.isEmpty() && namespaceSelector.isEmpty()) {
      inNamespace = namespace.equals(ownerNamespace);
    } else {
      inNamespace = namespaces.contains(namespace)
          || namespaceSelector.map(s -> s.matches(namespaceLabels)).orElse(false);
    }
    return inNamespace && selector.matches(podLabels);
  }

  private static LabelSelector mergedSelector(VirtualMachineAndPodAffinityTerm term, Map<String, String> ownerLabels) {
    if (term.labelSelector().isEmpty()) {
      return null;
    }
    LabelSelector selector = term.labelSelector().get();
    if (term.matchLabelKeys().isEmpty() && term.mismatchLabelKeys().isEmpty()) {
      return selector;
    }
    var builder = LabelSelector.builder().from(selector);
    for (String key : term.matchLabelKeys()) {
      String value = ownerLabels.get(key);
      if (value != null) {
        builder.addMatchExpressions(LabelSelectorRequirement.builder().key(key)
            .operator(LabelSelectorOperator.IN).addValues(value).build());
      }
    }
    for (String key : term.mismatchLabelKeys()) {
      String value = ownerLabels.get(key);
      if (value != null) {
        builder.addMatchExpressions(LabelSelectorRequirement.builder().key(key)
            .operator(LabelSelectorOperator.NOT_IN).addValues(value).build());
      }
    }
    return builder.build();
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    if (selector == null) {
      out.append("<no labelSelector>");
    } else {
      out.append(Explain.selector(selector));
    }
    out.append(", topologyKey ").append(topologyKey);
    return out.toString();
  }
}
