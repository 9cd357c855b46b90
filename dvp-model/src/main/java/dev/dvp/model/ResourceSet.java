package dev.dvp.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of resources looked at together: the manifests given to {@code dvp check}, or the objects a rule needs
 * as context (a VM's class, its disks, existing operations).
 *
 * <p>Objects without {@code metadata.namespace} count as being in the set's default namespace ({@code default}
 * unless given), as {@code kubectl apply} would put them in the current namespace. Cluster-scoped kinds
 * (VirtualMachineClass, ClusterVirtualImage, Node, ...) are looked up by name alone: pass {@code ""} as the
 * namespace. {@link #without(Resource)} gives the set minus one object in constant time, sharing this set's indexes,
 * so a rule that looks at every object with the others as its context stays linear. Immutable and thread-safe.
 *
 * <pre>{@code
 * ResourceSet set = ResourceSet.of(Manifests.standard().read(Path.of("all.yaml")));
 * Optional<VirtualMachineClass> cls = set.find(VirtualMachineClass.class, "", "generic");
 * }</pre>
 */
public final class ResourceSet {
  /** The namespace of objects that name none, unless another is given. */
  public static final String DEFAULT_NAMESPACE = "default";

  private final List<Resource> all;
  private final String defaultNamespace;
  private final Map<String, Resource> byKey;
  // Lists per model type and per kind name, filled on first use: shared by every view from without(..), so that
  // looking up "the classes" or "the attachments" once per object of a large set does not rescan the set.
  private final Map<Class<?>, List<Resource>> byType;
  private final Map<String, List<Resource>> byKind;
  // The object a view from without(..) leaves out, compared by identity; null for a whole set.
  private final Resource excluded;
  // Identity -> first position, for without(..); built on first use.
  private volatile Map<Identity, Integer> positions;
  /** Objects by name, in set order: {@link #find(Class, String, String)} is called per object by the checks. */
  private final Map<String, List<Resource>> byName;

  private ResourceSet(Collection<? extends Resource> resources, String defaultNamespace) {
    this.all = List.copyOf(resources);
    this.defaultNamespace = defaultNamespace;
    this.byKey = new HashMap<>();
    this.byName = new HashMap<>();
    this.byType = new ConcurrentHashMap<>();
    this.byKind = new ConcurrentHashMap<>();
    this.excluded = null;
    for (Resource r : all) {
      byKey.putIfAbsent(r.kind() + "/" + namespaceOf(r) + "/" + r.name(), r);
      byKey.putIfAbsent(r.kind() + "//" + r.name(), r);
      byName.computeIfAbsent(r.name(), n -> new ArrayList<>(1)).add(r);
    }
  }

  private ResourceSet(ResourceSet whole, int excludedIndex) {
    this.all = new AllBut(whole.all, excludedIndex);
    this.defaultNamespace = whole.defaultNamespace;
    this.byKey = whole.byKey;
    this.byName = whole.byName;
    this.byType = whole.byType;
    this.byKind = whole.byKind;
    this.excluded = whole.all.get(excludedIndex);
  }

  /** A list minus one position, as a view. */
  private static final class AllBut extends AbstractList<Resource> {
    private final List<Resource> whole;
    private final int skipped;

    AllBut(List<Resource> whole, int skipped) {
      this.whole = whole;
      this.skipped = skipped;
    }

    @Override
    public Resource get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException(index);
      }
      return whole.get(index < skipped ? index : index + 1);
    }

    @Override
    public int size() {
      return whole.size() - 1;
    }
  }

  /**
   * Returns a set in the {@code default} namespace.
   *
   * @param resources the objects
   * @return the set
   */
  public static ResourceSet of(Collection<? extends Resource> resources) {
    return new ResourceSet(resources, DEFAULT_NAMESPACE);
  }

  /**
   * Returns a set whose objects without a namespace are in {@code defaultNamespace}.
   *
   * @param resources the objects
   * @param defaultNamespace the namespace of objects that name none
   * @return the set
   */
  public static ResourceSet of(Collection<? extends Resource> resources, String defaultNamespace) {
    return new ResourceSet(resources, defaultNamespace);
  }

  /** @return every object, in the order given */
  public List<Resource> all() {
    return all;
  }

  /**
   * Returns this set without one object: a view sharing this set's indexes, made in constant time. Use it to give
   * each object of a set "the others" as its context.
   *
   * @param resource an object of this set, matched by identity
   * @return the set minus that object
   * @throws IllegalArgumentException if the object is not in this set, or this set is itself such a view
   */
  public ResourceSet without(Resource resource) {
    if (excluded != null) {
      throw new IllegalArgumentException("without(..) applies to a whole set, not to a view from without(..)");
    }
    Integer index = positions().get(new Identity(resource));
    if (index == null) {
      throw new IllegalArgumentException("not an object of this set: " + resource);
    }
    return new ResourceSet(this, index);
  }

  /** An object compared by identity, as a map key. */
  private record Identity(Resource resource) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.resource == resource;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(resource);
    }
  }

  private Map<Identity, Integer> positions() {
    Map<Identity, Integer> p = positions;
    if (p == null) {
      p = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        p.putIfAbsent(new Identity(all.get(i)), i);
      }
      positions = p;
    }
    return p;
  }

  /** @return the namespace of objects that name none */
  public String defaultNamespace() {
    return defaultNamespace;
  }

  /**
   * Returns the namespace an object is in.
   *
   * @param resource an object
   * @return its {@code metadata.namespace}, or the set's default namespace
   */
  public String namespaceOf(Resource resource) {
    return resource.namespace().orElse(defaultNamespace);
  }

  /**
   * Returns the objects of a model type.
   *
   * @param type e.g. {@code VirtualMachine.class}
   * @param <T> the type
   * @return the objects of that type, in order
   */
  public <T extends Resource> List<T> ofType(Class<T> type) {
    List<Resource> matching = byType.computeIfAbsent(type, t -> {
      List<Resource> out = new ArrayList<>();
      for (Resource r : wholeList()) {
        if (t.isInstance(r)) {
          out.add(r);
        }
      }
      return List.copyOf(out);
    });
    List<T> out = new ArrayList<>(matching.size());
    for (Resource r : matching) {
      if (r != excluded) {
        out.add(type.cast(r));
      }
    }
    return out;
  }

  /**
   * Returns the objects of a kind, modelled or not (e.g. {@code "StorageClass"}).
   *
   * @param kind the kind
   * @return the objects of that kind, in order
   */
  public List<Resource> ofKind(String kind) {
    List<Resource> matching = byKind.computeIfAbsent(kind, k -> {
      List<Resource> out = new ArrayList<>();
      for (Resource r : wholeList()) {
        if (r.kind().equals(k)) {
          out.add(r);
        }
      }
      return List.copyOf(out);
    });
    if (excluded == null || !excluded.kind().equals(kind)) {
      return matching;
    }
    List<Resource> out = new ArrayList<>(matching);
    out.removeIf(r -> r == excluded);
    return out;
  }

  // The list the shared indexes are built from: the whole set's, also for a view.
  private List<Resource> wholeList() {
    return all instanceof AllBut view ? view.whole : all;
  }

  /**
   * Finds an object by type, namespace and name.
   *
   * @param type the model type
   * @param namespace the namespace, or {@code ""} for cluster-scoped kinds (matched by name alone)
   * @param name the name
   * @param <T> the type
   * @return the first such object
   */
  public <T extends Resource> Optional<T> find(Class<T> type, String namespace, String name) {
    for (Resource r : byName.getOrDefault(name, List.of())) {
      if (r != excluded && type.isInstance(r)
          && (namespace.isEmpty() || namespaceOf(r).equals(namespace))) {
        return Optional.of(type.cast(r));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds an object by kind name, namespace and name; works for kinds the SDK does not model too.
   *
   * @param kind the kind, e.g. {@code "Secret"}
   * @param namespace the namespace, or {@code ""} for cluster-scoped kinds
   * @param name the name
   * @return the first such object
   */
  public Optional<Resource> find(String kind, String namespace, String name) {
    Resource found = byKey.get(kind + "/" + namespace + "/" + name);
    if (found == null || found != excluded) {
      return Optional.ofNullable(found);
    }
    // The index holds the left-out object; another object of the same kind and name may follow it.
    for (Resource r : ofKind(kind)) {
      if (r.name().equals(name) && (namespace.isEmpty() || namespaceOf(r).equals(namespace))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
