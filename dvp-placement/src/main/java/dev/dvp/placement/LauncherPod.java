package dev.dvp.placement;

import dev.dvp.model.ClassCpu;
import dev.dvp.model.CpuDiscovery;
import dev.dvp.model.CpuFeatures;
import dev.dvp.model.CpuType;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.LabelSelectorRequirement;
import dev.dvp.model.Node;
import dev.dvp.model.NodeAffinity;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineAffinity;
import dev.dvp.model.VirtualMachineAndPodAffinity;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineClassStatus;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.lifecycle.LauncherPods;
import dev.dvp.sizing.CoreFractionDefaulting;
import dev.dvp.sizing.ResourceRequests;
import dev.dvp.sizing.Sizing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a VM and its class into the scheduling constraints of its virt-launcher pod, as DVP and its KubeVirt fork
 * do ({@code ApplyVirtualMachineSpec} in
 * {@code images/virtualization-artifact/pkg/controller/kvbuilder/kvvm_utils.go}, KubeVirt's
 * {@code pkg/virt-controller/services/nodeselectorrenderer.go} and {@code renderresources.go}); functions below are
 * DVP's {@code kvvm.go} unless named otherwise.
 *
 * <ul>
 *   <li>{@code SetNodeSelector}: nodeSelector = VM ∪ class {@code matchLabels}; on a shared key the class wins (a
 *       warning names it).</li>
 *   <li>{@code SetUSBGatewayNodeSelector}: any USB device adds
 *       {@code virtualization.deckhouse.io/usb-gateway=true}.</li>
 *   <li>{@code SetTolerations}: tolerations = VM's followed by the class's. The class API says VM tolerations "have
 *       a higher priority"; tolerations are a union, so that wording has no effect.</li>
 *   <li>{@code NewAffinityFromVMAffinity} ({@code api/core/v1alpha2/vmaffinity.go}): node affinity copied; VM
 *       affinity/anti-affinity become pod affinity/anti-affinity term by term.</li>
 *   <li>{@code SetAffinity}: class {@code matchExpressions} are appended to every required term (or form the only
 *       term).</li>
 *   <li>{@code ApplyPVNodeAffinity} ({@code IntersectTerms}, {@code CrossProductTerms} of
 *       {@code images/virtualization-artifact/pkg/common/nodeaffinity/nodeaffinity.go}): PersistentVolume node
 *       affinities are intersected in by cross product.</li>
 *   <li>{@code SetTopologySpreadConstraint}, {@code SetPriorityClassName}: copied verbatim. {@code SetMetadata}: the
 *       pod's labels are {@link LauncherPods#labels(VirtualMachine)}: the VM's, DVP's
 *       {@code pod.deckhouse.io/inhibit-node-shutdown} and KubeVirt's rewritten
 *       {@code kubevirt.internal.virtualization.deckhouse.io=virt-launcher} and
 *       {@code vm.kubevirt.internal.virtualization.deckhouse.io/name}, the same labels Service selection sees.</li>
 *   <li>KubeVirt's {@code nodeselectorrenderer.go}:
 *       {@code kubevirt.internal.virtualization.deckhouse.io/schedulable=true} and {@code kubernetes.io/arch}
 *       selectors; with {@code SetCPUModel}, the CPU model / feature selectors of the class's CPU type.</li>
 *   <li>{@code GetCPURequest} and KubeVirt's {@code renderresources.go}: requests (coreFraction, memory overhead
 *       model). Kubernetes' DefaultTolerationSeconds admission plugin: the default {@code not-ready} and
 *       {@code unreachable} NoExecute tolerations admission adds.</li>
 * </ul>
 *
 * <pre>{@code
 * Pod pod = LauncherPod.of(vm).vmClass(generic).options(PlacementOptions.defaults()).render();
 * }</pre>
 *
 * <p>A renderer is a small mutable builder: not thread-safe; the {@link Pod} it returns is immutable.
 */
public final class LauncherPod {
  /** The KubeVirt schedulable label with DVP's prefix ({@code src/kubevirt-rules/kubevirt_rules.go}). */
  public static final String SCHEDULABLE_LABEL = "kubevirt.internal.virtualization.deckhouse.io/schedulable";
  /** The architecture label (KubeVirt's {@code nodeselectorrenderer.go}). */
  public static final String ARCH_LABEL = "kubernetes.io/arch";
  /** The USB gateway label ({@code images/virtualization-artifact/pkg/common/annotations/annotations.go}). */
  public static final String USB_GATEWAY_LABEL = "virtualization.deckhouse.io/usb-gateway";
  /** The prefix of CPU model labels ({@code src/kubevirt-rules/kubevirt_rules.go}). */
  public static final String CPU_MODEL_PREFIX = "cpu-model.node.virtualization.deckhouse.io/";
  /** The prefix of CPU feature labels ({@code src/kubevirt-rules/kubevirt_rules.go}). */
  public static final String CPU_FEATURE_PREFIX = "cpu-feature.node.virtualization.deckhouse.io/";

  private final VirtualMachine vm;
  private Optional<VirtualMachineClass> vmClass = Optional.empty();
  private final List<NodeSelector> persistentVolumeAffinities = new ArrayList<>();
  private Collection<Node> discoveryNodes = List.of();
  private PlacementOptions options = PlacementOptions.defaults();

  private LauncherPod(VirtualMachine vm) {
    this.vm = vm;
  }

  /**
   * Starts rendering the launcher pod of a VM.
   *
   * @param vm the VM
   * @return a renderer
   */
  public static LauncherPod of(VirtualMachine vm) {
    return new LauncherPod(Objects.requireNonNull(vm, "vm: expected a VirtualMachine"));
  }

  /**
   * Sets the VM's class.
   *
   * @param vmClass the class named by {@code spec.virtualMachineClassName}
   * @return this renderer
   */
  public LauncherPod vmClass(VirtualMachineClass vmClass) {
    this.vmClass = Optional.of(vmClass);
    return this;
  }

  /**
   * Sets the VM's class, if known.
   *
   * @param vmClass the class, or empty to render without one
   * @return this renderer
   */
  public LauncherPod vmClass(Optional<VirtualMachineClass> vmClass) {
    this.vmClass = Objects.requireNonNull(vmClass, "vmClass: expected an Optional");
    return this;
  }

  /**
   * Adds the required node affinity of a PersistentVolume bound to one of the VM's disks ({@code ApplyPVNodeAffinity}).
   *
   * @param required the PV's {@code spec.nodeAffinity.required}
   * @return this renderer
   */
  public LauncherPod persistentVolumeAffinity(NodeSelector required) {
    persistentVolumeAffinities.add(Objects.requireNonNull(required, "required: expected a NodeSelector"));
    return this;
  }

  /**
   * Sets the nodes a {@code Discovery} class computes its CPU features from, when its status has none yet
   * ({@code images/virtualization-artifact/pkg/controller/vmclass/internal/discovery.go}).
   *
   * @param nodes the cluster's nodes
   * @return this renderer
   */
  public LauncherPod discoveryNodes(Collection<Node> nodes) {
    this.discoveryNodes = List.copyOf(nodes);
    return this;
  }

  /**
   * Sets the options (architecture, memory-overhead model).
   *
   * @param options the options
   * @return this renderer
   */
  public LauncherPod options(PlacementOptions options) {
    this.options = Objects.requireNonNull(options, "options: expected PlacementOptions");
    return this;
  }

  /**
   * Renders the pod.
   *
   * @return the launcher pod's scheduling view
   */
  public Pod render() {
    VirtualMachineSpec spec = vm.spec();
    List<String> warnings = new ArrayList<>();
    ImmutablePod.Builder pod = Pod.builder()
        .name(vm.name().isEmpty() ? vm.metadata().generateName().orElse("vm") : vm.name())
        .namespace(vm.namespace().orElse("default"))
        .virtualMachine(vm.name())
        .putAllLabels(LauncherPods.labels(vm));

    // SetNodeSelector: the class written second wins on a shared key.
    Map<String, String> selector = new LinkedHashMap<>(spec.nodeSelector());
    Optional<LabelSelector> classSelector = vmClass.flatMap(c -> c.spec().nodeSelector());
    classSelector.ifPresent(cs -> cs.matchLabels().forEach((k, v) -> {
      String previous = selector.put(k, v);
      if (previous != null && !previous.equals(v)) {
        warnings.add("nodeSelector " + k + "=" + previous + " of the VM is overridden by " + k + "=" + v
            + " of class " + vmClass.get().name() + " (DVP drops the VM's value silently)");
      }
    }));
    if (!spec.usbDevices().isEmpty()) {
      selector.put(USB_GATEWAY_LABEL, "true");
    }
    selector.put(SCHEDULABLE_LABEL, "true");
    selector.put(ARCH_LABEL, options.architecture());
    vmClass.ifPresent(c -> cpuSelectors(c, selector, warnings));
    pod.putAllNodeSelector(selector);

    // SetTolerations, then the tolerations DefaultTolerationSeconds adds.
    pod.addAllTolerations(spec.tolerations());
    vmClass.ifPresent(c -> pod.addAllTolerations(c.spec().tolerations()));
    pod.addTolerations(defaultToleration("node.kubernetes.io/not-ready"));
    pod.addTolerations(defaultToleration("node.kubernetes.io/unreachable"));

    Optional<VirtualMachineAffinity> affinity = spec.affinity();
    Optional<NodeAffinity> nodeAffinity = affinity.flatMap(VirtualMachineAffinity::nodeAffinity);
    nodeAffinity.ifPresent(na -> pod.addAllPreferredNodeAffinity(na.preferredDuringSchedulingIgnoredDuringExecution()));
    List<NodeSelectorTerm> required = nodeAffinity
        .flatMap(NodeAffinity::requiredDuringSchedulingIgnoredDuringExecution)
        .map(NodeSelector::nodeSelectorTerms).orElse(List.of());
    boolean hasRequired = nodeAffinity.flatMap(NodeAffinity::requiredDuringSchedulingIgnoredDuringExecution)
        .isPresent();
    for (int i = 0; i < required.size(); i++) {
      NodeSelectorTerm t = required.get(i);
      if (t.matchExpressions().isEmpty() && t.matchFields().isEmpty()) {
        warnings.add("nodeAffinity required term " + i + " is empty: it matches no node"
            + (classSelector.map(cs -> !cs.matchExpressions().isEmpty()).orElse(false)
                ? " on its own, but the class's matchExpressions are appended into it" : ""));
      }
    }
    // SetAffinity.
    List<NodeSelectorRequirement> classExpressions = classSelector
        .map(cs -> cs.matchExpressions().stream().map(LauncherPod::asNodeRequirement).toList())
        .orElse(List.of());
    List<NodeSelectorTerm> terms = new ArrayList<>(required);
    if (!classExpressions.isEmpty()) {
      if (terms.isEmpty()) {
        terms.add(NodeSelectorTerm.builder().addAllMatchExpressions(classExpressions).build());
      } else {
        terms.replaceAll(t -> t.withMatchExpressions(concat(t.matchExpressions(), classExpressions)));
      }
      hasRequired = true;
    }
    // ApplyPVNodeAffinity: per-PV term lists intersected by cross product, then crossed with the existing terms.
    for (NodeSelector pv : persistentVolumeAffinities) {
      terms = crossProduct(terms, pv.nodeSelectorTerms());
      hasRequired = true;
    }
    if (hasRequired) {
      pod.requiredNodeAffinity(NodeSelector.builder().addAllNodeSelectorTerms(terms).build());
    }

    // NewAffinityFromVMAffinity.
    affinity.flatMap(VirtualMachineAffinity::virtualMachineAndPodAffinity).ifPresent(a -> pod
        .addAllRequiredAffinity(a.requiredDuringSchedulingIgnoredDuringExecution())
        .addAllPreferredAffinity(a.preferredDuringSchedulingIgnoredDuringExecution()));
    affinity.flatMap(VirtualMachineAffinity::virtualMachineAndPodAntiAffinity).ifPresent(a -> pod
        .addAllRequiredAntiAffinity(a.requiredDuringSchedulingIgnoredDuringExecution())
        .addAllPreferredAntiAffinity(a.preferredDuringSchedulingIgnoredDuringExecution()));
    affinity.flatMap(VirtualMachineAffinity::virtualMachineAndPodAntiAffinity)
        .map(VirtualMachineAndPodAffinity::requiredDuringSchedulingIgnoredDuringExecution)
        .ifPresent(list -> {
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i).labelSelector().isEmpty()) {
              warnings.add("anti-affinity required term " + i + " has no labelSelector: it selects no pod");
            }
          }
        });

    // SetPriorityClassName, SetTopologySpreadConstraint.
    pod.addAllTopologySpreadConstraints(spec.topologySpreadConstraints());
    spec.priorityClassName().ifPresent(pod::priorityClassName);

    ResourceRequests requests = ResourceRequests.of(defaulted(warnings), vmClass, options.memoryOverhead());
    pod.cpuMillis(requests.cpuRequest().milliValue()).memoryBytes(requests.memoryRequest().value());
    return pod.addAllWarnings(warnings).build();
  }

  /**
   * The VM with DVP's defaulted coreFraction ({@link CoreFractionDefaulting#defaultFor}); where DVP's
   * defaulter would reject the VM (placement is asked about VMs that may not have passed admission), a warning and
   * {@code 100%}. An explicit value is kept; without a class the request is for whole cores.
   */
  private VirtualMachine defaulted(List<String> warnings) {
    int cores = vm.spec().cpu().cores();
    if (vm.spec().cpu().coreFraction().filter(f -> !f.isEmpty()).isPresent() || vmClass.isEmpty()) {
      return vm;
    }
    VirtualMachineClass c = vmClass.get();
    Optional<String> fraction = CoreFractionDefaulting.defaultFor(c, cores);
    if (fraction.isEmpty()) {
      warnings.add(Sizing.matchingPolicy(c, cores).isPresent()
          ? "class " + c.name() + " has no default coreFraction for " + cores
              + " cores and does not allow 100%: DVP rejects the VM; placement assumes coreFraction 100%"
          : "spec.cpu.cores " + cores + " is in no sizing policy of class " + c.name()
              + ": DVP rejects the VM; placement assumes coreFraction 100%");
    }
    return vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCoreFraction(fraction.orElse("100%"))));
  }

  /** SetCPUModel and KubeVirt's nodeselectorrenderer.go {@code CPUFeatureLabelsFromCPUFeatures}. */
  private void cpuSelectors(VirtualMachineClass c, Map<String, String> selector, List<String> warnings) {
    ClassCpu cpu = c.spec().cpu();
    CpuType type = cpu.type();
    if (type.equals(CpuType.MODEL)) {
      cpu.model().ifPresent(m -> selector.put(CPU_MODEL_PREFIX + m, "true"));
      return;
    }
    if (!type.equals(CpuType.FEATURES) && !type.equals(CpuType.DISCOVERY)) {
      return;
    }
    List<String> enabled = c.status().flatMap(VirtualMachineClassStatus::cpuFeatures)
        .map(CpuFeatures::enabled).orElse(List.of());
    if (enabled.isEmpty() && type.equals(CpuType.FEATURES)) {
      enabled = cpu.features();
    }
    if (enabled.isEmpty() && type.equals(CpuType.DISCOVERY)) {
      enabled = discoveredFeatures(cpu, discoveryNodes);
      if (discoveryNodes.isEmpty()) {
        warnings.add("class " + c.name() + " is of type Discovery with no status.cpuFeatures.enabled and no nodes"
            + " to discover from: no CPU feature selectors");
      }
    }
    for (String feature : enabled) {
      // docs/internal/cpu_model_type_discovery.md: invtsc is optional (no selector); every other enabled feature is
      // required.
      if (!"invtsc".equals(feature)) {
        selector.put(CPU_FEATURE_PREFIX + feature, "true");
      }
    }
  }

  /** discovery.go: the intersection of feature labels over the virt-handler nodes matching the discovery selector. */
  static List<String> discoveredFeatures(ClassCpu cpu, Collection<Node> discoveryNodes) {
    Optional<LabelSelector> pool = cpu.discovery().flatMap(CpuDiscovery::nodeSelector);
    Set<String> common = null;
    for (Node node : discoveryNodes) {
      Map<String, String> labels = node.labels();
      if (!"true".equals(labels.get(SCHEDULABLE_LABEL)) || !pool.map(s -> s.matches(labels)).orElse(true)) {
        continue;
      }
      Set<String> features = new TreeSet<>();
      labels.forEach((k, v) -> {
        if (k.startsWith(CPU_FEATURE_PREFIX) && "true".equals(v)) {
          features.add(k.substring(CPU_FEATURE_PREFIX.length()));
        }
      });
      if (common == null) {
        common = features;
      } else {
        common.retainAll(features);
      }
    }
    return common == null ? List.of() : List.copyOf(common);
  }

  private static Toleration defaultToleration(String key) {
    return Toleration.builder().key(key).operator(TolerationOperator.EXISTS).effect(TaintEffect.NO_EXECUTE)
        .tolerationSeconds(300L).build();
  }

  /** The class CRD allows Gt/Lt in its matchExpressions; the operator text carries over unchanged. */
  static NodeSelectorRequirement asNodeRequirement(LabelSelectorRequirement r) {
    return NodeSelectorRequirement.builder().key(r.key()).operator(NodeSelectorOperator.of(r.operator().value()))
        .addAllValues(r.values()).build();
  }

  static List<NodeSelectorTerm> crossProduct(List<NodeSelectorTerm> a, List<NodeSelectorTerm> b) {
    if (a.isEmpty()) {
      return List.copyOf(b);
    }
    if (b.isEmpty()) {
      return List.copyOf(a);
    }
    List<NodeSelectorTerm> out = new ArrayList<>(a.size() * b.size());
    for (NodeSelectorTerm x : a) {
      for (NodeSelectorTerm y : b) {
        out.add(NodeSelectorTerm.builder()
            .addAllMatchExpressions(concat(x.matchExpressions(), y.matchExpressions()))
            .addAllMatchFields(concat(x.matchFields(), y.matchFields()))
            .build());
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
