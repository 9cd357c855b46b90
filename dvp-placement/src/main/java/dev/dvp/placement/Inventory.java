package dev.dvp.placement;

import dev.dvp.model.Node;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of what placement depends on: nodes (labels, taints, cordon flag, allocatable cpu, memory
 * and pods), namespaces with labels, and the pods already bound to nodes with their requests, labels and affinity
 * (running VMs contribute their launcher pods).
 *
 * <pre>{@code
 * Inventory inventory = Inventory.builder()
 *     .addNodes(nodes)                                  // e.g. read from `kubectl get nodes -o yaml`
 *     .addVirtualMachine(runningVm, Optional.of(vmClass)) // bound by status.nodeName
 *     .addNamespace("prod", Map.of("team", "db"))
 *     .build();
 * }</pre>
 *
 * <p>A node runs VMs only if virt-handler labelled it {@code kubevirt.internal.virtualization.deckhouse.io/
 * schedulable=true} (KubeVirt's {@code pkg/virt-controller/services/nodeselectorrenderer.go}): a node without the label
 * is rejected by NodeAffinity. A node that omits {@code allocatable.pods} is taken to allow 110 pods (kubelet's
 * default; real nodes always report it). Namespaces carry the automatic label {@code kubernetes.io/metadata.name};
 * namespaces of pods that were not declared exist with that label only.
 *
 * <p>Every snapshot has a {@link #snapshotId()} derived from its content; results name the snapshot they were
 * computed on. Immutable and thread-safe (derived caches are concurrent).
 */
public final class Inventory {
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  final NodeTable nodes;
  final ClusterState state;
  final Map<String, Map<String, String>> namespaces;
  private final String snapshotId;

  private Inventory(NodeTable nodes, ClusterState state, Map<String, Map<String, String>> namespaces) {
    this.nodes = nodes;
    this.state = state;
    this.namespaces = namespaces;
    this.snapshotId = fingerprint();
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the content-derived identity of this snapshot.
   *
   * @return 16 hex digits; equal contents give equal ids
   */
  public String snapshotId() {
    return snapshotId;
  }

  /**
   * Returns the nodes in name order.
   *
   * @return the nodes
   */
  public List<Node> nodes() {
    return List.of(nodes.nodes);
  }

  /**
   * Returns a node by name.
   *
   * @param name the node's name
   * @return the node, if in the inventory
   */
  public Optional<Node> node(String name) {
    Integer i = nodes.indexByName.get(name);
    return i == null ? Optional.empty() : Optional.of(nodes.nodes[i]);
  }

  /**
   * Returns the pods bound to nodes, in the order they were added.
   *
   * @return the pods
   */
  public List<Pod> pods() {
    return state.pods().stream().map(p -> p.pod).toList();
  }

  /**
   * Returns the pods bound to one node.
   *
   * @param nodeName the node's name
   * @return its pods; empty for an unknown node
   */
  public List<Pod> podsOn(String nodeName) {
    Integer i = nodes.indexByName.get(nodeName);
    return i == null ? List.of() : state.podsOnNode.get(i).stream().map(p -> p.pod).toList();
  }

  /**
   * Returns the node a pod is bound to.
   *
   * @param podKey {@code namespace/name}
   * @return the node's name, if the pod is in the inventory
   */
  public Optional<String> nodeOf(String podKey) {
    PlacedPod p = state.get(podKey);
    return p == null ? Optional.empty() : Optional.of(nodes.names[p.node]);
  }

  /**
   * Returns the namespaces and their labels.
   *
   * @return namespace name to labels, in name order
   */
  public Map<String, Map<String, String>> namespaces() {
    return namespaces;
  }

  /**
   * Returns a snapshot with a pod added.
   *
   * @param pod the pod
   * @param nodeName the node it is bound to
   * @return the new snapshot; this one is unchanged
   */
  public Inventory withPod(Pod pod, String nodeName) {
    ClusterState next = state.copy();
    next.add(new PlacedPod(pod, indexOf(nodeName, "nodeName")));
    return new Inventory(nodes, next, withNamespaceOf(pod));
  }

  /**
   * Returns a snapshot without a pod (for instance a VM about to move).
   *
   * @param podKey {@code namespace/name}
   * @return the new snapshot; this one if the pod is not in it
   */
  public Inventory withoutPod(String podKey) {
    PlacedPod p = state.get(podKey);
    if (p == null) {
      return this;
    }
    ClusterState next = state.copy();
    next.remove(p);
    return new Inventory(nodes, next, namespaces);
  }

  /**
   * Returns a snapshot in which a node is cordoned ({@code spec.unschedulable: true}), as {@code kubectl drain}
   * does first.
   *
   * @param nodeName the node
   * @return the new snapshot
   */
  public Inventory withCordoned(String nodeName) {
    int index = indexOf(nodeName, "nodeName");
    List<Node> list = new ArrayList<>(List.of(nodes.nodes));
    Node node = list.get(index);
    list.set(index, node.withSpec(dev.dvp.model.NodeSpec.builder().from(node.spec()).unschedulable(true).build()));
    return new Inventory(new NodeTable(list), state.copy(), namespaces);
  }

  int indexOf(String nodeName, String what) {
    Integer i = nodes.indexByName.get(nodeName);
    if (i == null) {
      throw new IllegalArgumentException(what + ": node \"" + nodeName + "\" is not in the inventory. Maybe add it"
          + " with addNode, or check the spelling (known: " + summary(nodes.names) + ")");
    }
    return i;
  }

  private static String summary(String[] names) {
    List<String> list = List.of(names);
    return list.size() <= 5 ? String.join(", ", list) : String.join(", ", list.subList(0, 5)) + ", ...";
  }

  Map<String, String> namespaceLabels(String namespace) {
    Map<String, String> labels = namespaces.get(namespace);
    return labels == null ? Map.of() : labels;
  }

  private Map<String, Map<String, String>> withNamespaceOf(Pod pod) {
    if (namespaces.containsKey(pod.namespace())) {
      return namespaces;
    }
    Map<String, Map<String, String>> next = new TreeMap<>(namespaces);
    next.put(pod.namespace(), Map.of(NAMESPACE_NAME_LABEL, pod.namespace()));
    return java.util.Collections.unmodifiableMap(next);
  }

  private String fingerprint() {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < nodes.size(); i++) {
      h = mix(h, nodes.names[i]);
      h = mix(h, new TreeMap<>(nodes.labels.get(i)).toString());
      h = mix(h, nodes.taints.get(i).toString());
      h = mix(h, nodes.allocCpu[i] + "/" + nodes.allocMem[i] + "/" + nodes.allocPods[i] + "/" + nodes.unschedulable[i]);
    }
    List<PlacedPod> pods = new ArrayList<>(state.pods());
    pods.sort(Comparator.comparing(p -> p.pod.key()));
    for (PlacedPod p : pods) {
      h = mix(h, p.pod.toString());
      h = mix(h, nodes.names[p.node]);
    }
    h = mix(h, namespaces.toString());
    return String.format("%016x", h);
  }

  private static long mix(long h, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h * 31 + 17;
  }

  /**
   * Collects nodes, namespaces and bound pods; {@link #build()} checks that every pod names a known node.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> namespaces = new TreeMap<>();
    private final List<Map.Entry<Pod, String>> pods = new ArrayList<>();
    private PlacementOptions options = PlacementOptions.defaults();

    private Builder() {}

    /**
     * Sets the options used to render running VMs into their launcher pods (memory-overhead model, architecture).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(PlacementOptions options) {
      this.options = Objects.requireNonNull(options, "options: expected PlacementOptions");
      return this;
    }

    /**
     * Adds a node.
     *
     * @param node the node; its name must be unique
     * @return this builder
     */
    public Builder addNode(Node node) {
      if (node.name().isEmpty()) {
        throw new IllegalArgumentException("node metadata.name: expected a name");
      }
      if (nodes.putIfAbsent(node.name(), node) != null) {
        throw new IllegalArgumentException("node " + node.name() + ": expected unique node names, got it twice");
      }
      return this;
    }

    /**
     * Adds nodes.
     *
     * @param nodes the nodes
     * @return this builder
     */
    public Builder addNodes(Collection<Node> nodes) {
      nodes.forEach(this::addNode);
      return this;
    }

    /**
     * Adds a namespace with its labels ({@code kubernetes.io/metadata.name} is added as Kubernetes does).
     *
     * @param name the namespace
     * @param labels its labels
     * @return this builder
     */
    public Builder addNamespace(String name, Map<String, String> labels) {
      Map<String, String> all = new TreeMap<>(labels);
      all.put(NAMESPACE_NAME_LABEL, name);
      namespaces.put(name, Map.copyOf(all));
      return this;
    }

    /**
     * Adds a pod bound to a node.
     *
     * @param pod the pod
     * @param nodeName the node it runs on
     * @return this builder
     */
    public Builder addPod(Pod pod, String nodeName) {
      pods.add(Map.entry(Objects.requireNonNull(pod, "pod"), Objects.requireNonNull(nodeName, "nodeName")));
      return this;
    }

    /**
     * Adds a running VM: its launcher pod, bound to {@code status.nodeName}.
     *
     * @param vm the VM; it must have {@code status.nodeName}
     * @param vmClass its class, if known (for requests and constraints)
     * @return this builder
     */
    public Builder addVirtualMachine(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
      String node = vm.status().flatMap(VirtualMachineStatus::nodeName).orElseThrow(() ->
          new IllegalArgumentException("VirtualMachine " + vm.name() + " status.nodeName: expected the node the VM"
              + " runs on. Maybe the VM is not running; only running VMs belong in an inventory"));
      return addPod(LauncherPod.of(vm).vmClass(vmClass).options(options).render(), node);
    }

    /**
     * Builds the snapshot.
     *
     * @return the inventory
     * @throws IllegalArgumentException when a pod names an unknown node or a pod appears twice
     */
    public Inventory build() {
      List<Node> sorted = new ArrayList<>(nodes.values());
      sorted.sort(Comparator.comparing(Node::name));
      NodeTable table = new NodeTable(sorted);
      ClusterState state = new ClusterState(table.size());
      Map<String, Map<String, String>> ns = new TreeMap<>(namespaces);
      Inventory shell = new Inventory(table, new ClusterState(0), Map.of());
      for (Map.Entry<Pod, String> e : pods) {
        state.add(new PlacedPod(e.getKey(), shell.indexOf(e.getValue(), "pod " + e.getKey().key() + " node")));
        ns.computeIfAbsent(e.getKey().namespace(), n -> Map.of(NAMESPACE_NAME_LABEL, n));
      }
      return new Inventory(table, state, java.util.Collections.unmodifiableMap(ns));
    }
  }
}
