package dev.dvp.placement;

import dev.dvp.model.Node;
import dev.dvp.model.Quantity;
import dev.dvp.model.Taint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nodes of an inventory as parallel arrays (indexed by position in name order), with caches of what depends
 * on the nodes alone: topology domains per label key and the static filters per constraint signature.
 * Immutable after construction apart from the caches, which are concurrent maps of derived data.
 */
final class NodeTable {
  /** kubelet's default maxPods, used when a hand-written node omits {@code allocatable.pods}. */
  static final long DEFAULT_MAX_PODS = 110;
  private static final int CACHE_LIMIT = 512;

  final Node[] nodes;
  final String[] names;
  final List<Map<String, String>> labels;
  final List<List<Taint>> taints;
  final boolean[] unschedulable;
  final long[] allocCpu;
  final long[] allocMem;
  final long[] allocPods;
  /** 1/allocatable cpu and memory (0 where nothing is allocatable): estimates that spare the score loop a division. */
  final double[] inverseCpu;
  final double[] inverseMem;
  final Map<String, Integer> indexByName;
  private final ConcurrentHashMap<String, TopologyIndex> topology = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Object, Object> cache = new ConcurrentHashMap<>();

  NodeTable(List<Node> sorted) {
    int n = sorted.size();
    nodes = sorted.toArray(new Node[0]);
    names = new String[n];
    labels = new java.util.ArrayList<>(n);
    taints = new java.util.ArrayList<>(n);
    unschedulable = new boolean[n];
    allocCpu = new long[n];
    allocMem = new long[n];
    allocPods = new long[n];
    inverseCpu = new double[n];
    inverseMem = new double[n];
    indexByName = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Node node = sorted.get(i);
      names[i] = node.name();
      labels.add(node.labels());
      taints.add(node.spec().taints());
      unschedulable[i] = node.spec().unschedulableOrDefault();
      Map<String, Quantity> alloc = node.allocatable();
      allocCpu[i] = alloc.containsKey("cpu") ? alloc.get("cpu").milliValue() : 0;
      allocMem[i] = alloc.containsKey("memory") ? alloc.get("memory").value() : 0;
      allocPods[i] = alloc.containsKey("pods") ? alloc.get("pods").value() : DEFAULT_MAX_PODS;
      inverseCpu[i] = allocCpu[i] > 0 ? 1.0 / allocCpu[i] : 0;
      inverseMem[i] = allocMem[i] > 0 ? 1.0 / allocMem[i] : 0;
      indexByName.put(names[i], i);
    }
  }

  int size() {
    return names.length;
  }

  /** The domains of one topology key: each node's value id, or -1 where the node lacks the label. */
  static final class TopologyIndex {
    final int[] valueOf;
    final String[] values;

    TopologyIndex(int[] valueOf, String[] values) {
      this.valueOf = valueOf;
      this.values = values;
    }

    int size() {
      return values.length;
    }
  }

  TopologyIndex topology(String key) {
    return topology.computeIfAbsent(key, k -> {
      int[] valueOf = new int[names.length];
      Map<String, Integer> ids = new HashMap<>();
      java.util.ArrayList<String> values = new java.util.ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        String v = labels.get(i).get(k);
        if (v == null) {
          valueOf[i] = -1;
        } else {
          Integer id = ids.get(v);
          if (id == null) {
            id = values.size();
            ids.put(v, id);
            values.add(v);
          }
          valueOf[i] = id;
        }
      }
      return new TopologyIndex(valueOf, values.toArray(new String[0]));
    });
  }

  /** Derived data per constraint signature; bounded so that varied workloads do not grow it without end. */
  @SuppressWarnings("unchecked")
  <T> T cached(Object key, java.util.function.Supplier<T> compute) {
    Object hit = cache.get(key);
    if (hit != null) {
      return (T) hit;
    }
    T value = compute.get();
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, value);
    return value;
  }
}
