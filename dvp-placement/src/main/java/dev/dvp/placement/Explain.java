package dev.dvp.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.LabelSelectorRequirement;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.Quantity;
import dev.dvp.model.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a cycle's rejection codes into kube-scheduler's reasons and the SDK's per-constraint details. */
final class Explain {
  static final String REASON_UNSCHEDULABLE = "node(s) were unschedulable";
  static final String REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
  static final String REASON_SPREAD = "node(s) didn't match pod topology spread constraints";
  static final String REASON_SPREAD_LABEL = REASON_SPREAD + " (missing required label)";
  static final String REASON_AFFINITY = "node(s) didn't match pod affinity rules";
  static final String REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
  static final String REASON_EXISTING_ANTI = "node(s) didn't satisfy existing pods anti-affinity rules";

  private Explain() {}

  /** kube-scheduler's reason strings for a rejected node; these are what the aggregate message counts. */
  static List<String> reasons(Cycle c, int i) {
    switch (c.code[i]) {
      case StaticChecks.UNSCHEDULABLE:
        return List.of(REASON_UNSCHEDULABLE);
      case StaticChecks.TAINT: {
        Taint t = c.nodes.taints.get(i).get(c.aux[i]);
        return List.of("node(s) had untolerated taint {" + t.key() + ": " + t.value().orElse("") + "}");
      }
      case StaticChecks.NODE_AFFINITY:
        return List.of(REASON_NODE_AFFINITY);
      case Cycle.FIT: {
        List<String> out = new ArrayList<>(3);
        int f = c.aux[i];
        if ((f & Cycle.FIT_PODS) != 0) {
          out.add("Too many pods");
        }
        if ((f & Cycle.FIT_CPU) != 0) {
          out.add("Insufficient cpu");
        }
        if ((f & Cycle.FIT_MEMORY) != 0) {
          out.add("Insufficient memory");
        }
        return out;
      }
      case Cycle.SPREAD_MISSING_LABEL:
        return List.of(REASON_SPREAD_LABEL);
      case Cycle.SPREAD_SKEW:
        return List.of(REASON_SPREAD);
      case Cycle.AFFINITY:
        return List.of(REASON_AFFINITY);
      case Cycle.ANTI_AFFINITY:
        return List.of(REASON_ANTI_AFFINITY);
      case Cycle.EXISTING_ANTI_AFFINITY:
        return List.of(REASON_EXISTING_ANTI);
      default:
        return List.of();
    }
  }

  static String plugin(byte code) {
    switch (code) {
      case StaticChecks.UNSCHEDULABLE:
        return "NodeUnschedulable";
      case StaticChecks.TAINT:
        return "TaintToleration";
      case StaticChecks.NODE_AFFINITY:
        return "NodeAffinity";
      case Cycle.FIT:
        return "NodeResourcesFit";
      case Cycle.SPREAD_MISSING_LABEL:
      case Cycle.SPREAD_SKEW:
        return "PodTopologySpread";
      default:
        return "InterPodAffinity";
    }
  }

  static FilterStatus status(Cycle c, int i) {
    switch (c.code[i]) {
      case Cycle.FIT:
        return (c.aux[i] & Cycle.FIT_UNRESOLVABLE) != 0
            ? FilterStatus.UNSCHEDULABLE_AND_UNRESOLVABLE : FilterStatus.UNSCHEDULABLE;
      case Cycle.SPREAD_SKEW:
      case Cycle.ANTI_AFFINITY:
      case Cycle.EXISTING_ANTI_AFFINITY:
        return FilterStatus.UNSCHEDULABLE;
      default:
        return FilterStatus.UNSCHEDULABLE_AND_UNRESOLVABLE;
    }
  }

  static NodeRejection rejection(Cycle c, int i) {
    return new NodeRejection(c.nodes.names[i], plugin(c.code[i]), status(c, i), reasons(c, i), details(c, i));
  }

  static List<String> details(Cycle c, int i) {
    Map<String, String> labels = c.nodes.labels.get(i);
    List<String> out = new ArrayList<>();
    switch (c.code[i]) {
      case StaticChecks.UNSCHEDULABLE:
        out.add("the node is cordoned (spec.unschedulable: true) and the pod does not tolerate"
            + " node.kubernetes.io/unschedulable:NoSchedule");
        break;
      case StaticChecks.TAINT: {
        Taint t = c.nodes.taints.get(i).get(c.aux[i]);
        out.add("taint " + t.key() + t.value().map(v -> "=" + v).orElse("") + ":" + t.effect().value()
            + " is not tolerated by the VM's or the class's tolerations");
        break;
      }
      case StaticChecks.NODE_AFFINITY:
        nodeAffinity(c.pod, labels, c.nodes.names[i], out);
        break;
      case Cycle.FIT:
        fit(c, i, out);
        break;
      case Cycle.SPREAD_MISSING_LABEL: {
        Cycle.Spread s = c.hardSpread.get(c.aux[i]);
        out.add("topologySpreadConstraint " + s.key + " (maxSkew " + s.maxSkew + "): the node has no label " + s.key);
        break;
      }
      case Cycle.SPREAD_SKEW: {
        Cycle.Spread s = c.hardSpread.get(c.aux[i]);
        int d = s.topology.valueOf[i];
        out.add("topologySpreadConstraint " + s.key + " (maxSkew " + s.maxSkew + "): " + s.key + "="
            + s.topology.values[d] + " has " + s.counts[d] + " matching pod(s), the least loaded domain "
            + s.globalMin + ", so the skew would be " + (s.counts[d] + s.selfMatch - s.globalMin));
        break;
      }
      case Cycle.AFFINITY:
        affinity(c, i, out);
        break;
      case Cycle.ANTI_AFFINITY: {
        AffinityTerm t = c.requiredAnti.get(c.aux[i]);
        out.add("required anti-affinity (" + t.describe() + "): " + t.topologyKey + "=" + labels.get(t.topologyKey)
            + " already runs " + podsInDomain(c, t, labels.get(t.topologyKey)));
        break;
      }
      case Cycle.EXISTING_ANTI_AFFINITY:
        existingAnti(c, i, out);
        break;
      default:
        break;
    }
    return out;
  }

  private static void nodeAffinity(Pod pod, Map<String, String> labels, String nodeName, List<String> out) {
    pod.nodeSelector().forEach((k, v) -> {
      String actual = labels.get(k);
      if (!v.equals(actual)) {
        out.add("nodeSelector " + k + "=" + v + ": " + (actual == null ? "the node has no label " + k
            : "the node has " + k + "=" + actual) + hint(k));
      }
    });
    pod.requiredNodeAffinity().ifPresent(sel -> {
      if (sel.matches(labels, nodeName)) {
        return;
      }
      List<NodeSelectorTerm> terms = sel.nodeSelectorTerms();
      if (terms.isEmpty()) {
        out.add("required node affinity has no terms, so it matches no node");
      }
      for (int t = 0; t < terms.size(); t++) {
        out.add("required node affinity term " + t + ": " + termFailure(terms.get(t), labels, nodeName));
      }
    });
  }

  private static String termFailure(NodeSelectorTerm term, Map<String, String> labels, String nodeName) {
    if (term.matchExpressions().isEmpty() && term.matchFields().isEmpty()) {
      return "the term is empty and matches no node";
    }
    List<String> failing = new ArrayList<>();
    for (NodeSelectorRequirement r : term.matchExpressions()) {
      String actual = labels.get(r.key());
      if (!r.matches(actual)) {
        failing.add(requirement(r) + " fails (" + (actual == null ? "no label " + r.key() : r.key() + "=" + actual)
            + ")");
      }
    }
    for (NodeSelectorRequirement r : term.matchFields()) {
      if (!"metadata.name".equals(r.key()) || !r.matches(nodeName)) {
        failing.add("field " + requirement(r) + " fails (metadata.name=" + nodeName + ")");
      }
    }
    return String.join("; ", failing);
  }

  private static String hint(String key) {
    if (key.equals(LauncherPod.SCHEDULABLE_LABEL)) {
      return " (virt-handler does not run on this node)";
    }
    if (key.startsWith(LauncherPod.CPU_MODEL_PREFIX)) {
      return " (the class's CPU model)";
    }
    if (key.startsWith(LauncherPod.CPU_FEATURE_PREFIX)) {
      return " (a CPU feature the class requires)";
    }
    if (key.equals(LauncherPod.USB_GATEWAY_LABEL)) {
      return " (the VM has USB devices)";
    }
    return "";
  }

  private static void fit(Cycle c, int i, List<String> out) {
    int f = c.aux[i];
    if ((f & Cycle.FIT_PODS) != 0) {
      out.add("pods: " + c.state.podCount[i] + " already on the node, allocatable " + c.nodes.allocPods[i]);
    }
    if ((f & Cycle.FIT_CPU) != 0) {
      out.add("cpu: the pod requests " + Quantity.ofMillis(c.pod.cpuMillis()) + ", the node has "
          + Quantity.ofMillis(Math.max(0, c.nodes.allocCpu[i] - c.state.reqCpu[i])) + " free of "
          + Quantity.ofMillis(c.nodes.allocCpu[i]) + " allocatable (" + Quantity.ofMillis(c.state.reqCpu[i])
          + " requested by " + c.state.podCount[i] + " pod(s))");
    }
    if ((f & Cycle.FIT_MEMORY) != 0) {
      out.add("memory: the pod requests " + bytes(c.pod.memoryBytes()) + ", the node has "
          + bytes(Math.max(0, c.nodes.allocMem[i] - c.state.reqMem[i])) + " free of " + bytes(c.nodes.allocMem[i])
          + " allocatable (" + bytes(c.state.reqMem[i]) + " requested by " + c.state.podCount[i] + " pod(s))");
    }
  }

  static String bytes(long b) {
    return Quantity.ofBytes(b).toString();
  }

  private static void affinity(Cycle c, int i, List<String> out) {
    Map<String, String> labels = c.nodes.labels.get(i);
    for (AffinityTerm t : c.requiredAffinity) {
      if (!labels.containsKey(t.topologyKey)) {
        out.add("required affinity (" + t.describe() + "): the node has no label " + t.topologyKey);
        return;
      }
    }
    String terms = c.requiredAffinity.stream().map(AffinityTerm::describe).collect(Collectors.joining("; "));
    out.add("required affinity (" + terms + "): no pod matching every term runs in the node's topology domain"
        + " (a pod matching only some terms does not count)");
  }

  private static void existingAnti(Cycle c, int i, List<String> out) {
    Map<String, String> labels = c.nodes.labels.get(i);
    Map<String, String> nsLabels = c.inventory.namespaceLabels(c.pod.namespace());
    for (ClusterState.TermGroup g : c.state.termGroups()) {
      if (g.role != ClusterState.Role.REQUIRED_ANTI || !g.term.matches(c.pod.namespace(), c.pod.labels(), nsLabels)) {
        continue;
      }
      String value = labels.get(g.term.topologyKey);
      if (value == null) {
        continue;
      }
      for (PlacedPod p : g.members) {
        if (value.equals(c.nodes.labels.get(p.node).get(g.term.topologyKey))) {
          out.add("pod " + p.pod.key() + " in " + g.term.topologyKey + "=" + value
              + " has required anti-affinity (" + g.term.describe() + ") that selects this pod (symmetry)");
        }
      }
    }
  }

  private static String podsInDomain(Cycle c, AffinityTerm t, String value) {
    List<String> keys = new ArrayList<>();
    for (PlacedPod p : c.state.candidates(t.selector)) {
      if (value.equals(c.nodes.labels.get(p.node).get(t.topologyKey))
          && t.matches(p.pod.namespace(), p.pod.labels(), Map.of())) {
        keys.add(p.pod.key());
      }
    }
    keys.sort(null);
    return keys.size() <= 5 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 5)) + ", ...";
  }

  static String selector(LabelSelector s) {
    List<String> parts = new ArrayList<>();
    s.matchLabels().forEach((k, v) -> parts.add(k + "=" + v));
    for (LabelSelectorRequirement r : s.matchExpressions()) {
      parts.add(r.key() + " " + r.operator().value() + (r.values().isEmpty() ? "" : " " + r.values()));
    }
    return parts.isEmpty() ? "{} (every pod)" : String.join(",", parts);
  }

  static String requirement(NodeSelectorRequirement r) {
    return r.key() + " " + r.operator().value() + (r.values().isEmpty() ? "" : " " + r.values());
  }

  /** kube-scheduler's FitError text: "0/N nodes are available: " + sorted "count reason" histogram + ".". */
  static String summary(Cycle c) {
    if (c.code.length == 0) {
      return "no nodes available to schedule pods";
    }
    Map<String, Integer> histogram = new java.util.HashMap<>();
    for (int i = 0; i < c.code.length; i++) {
      if (c.code[i] != Cycle.FEASIBLE) {
        for (String r : reasons(c, i)) {
          histogram.merge(r, 1, Integer::sum);
        }
      }
    }
    List<String> parts = new ArrayList<>();
    histogram.forEach((r, n) -> parts.add(n + " " + r));
    parts.sort(null);
    StringBuilder out = new StringBuilder("0/").append(c.code.length).append(" nodes are available:");
    if (!parts.isEmpty()) {
      out.append(' ').append(String.join(", ", parts)).append('.');
    }
    return out.toString();
  }
}
