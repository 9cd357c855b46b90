package dev.dvp.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of resources looked at together: the manifests given to {@code dvp check}, or the objects a rule needs
 * as context (a VM's class, its disks, existing operations).
 *
 * <p>Objects without {@code metadata.namespace} count as being in the set's default namespace ({@code default}
 * unless given), as {@code kubectl apply} would put them in the current namespace. Cluster-scoped kinds
 * (VirtualMachineClass, ClusterVirtualImage, Node, ...) are looked up by name alone: pass {@code ""} as the
 * namespace. Immutable and thread-safe.
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
  private final Map<String, Resource> byKey = new HashMap<>();
  /** Objects by name, in set order: {@link #find(Class, String, String)} is called per object by the checks. */
  private final Map<String, List<Resource>> byName = new HashMap<>();

  private ResourceSet(Collection<? extends Resource> resources, String defaultNamespace) {
    this.all = List.copyOf(resources);
    this.defaultNamespace = defaultNamespace;
    for (Resource r : all) {
      byKey.putIfAbsent(r.kind() + "/" + namespaceOf(r) + "/" + r.name(), r);
      byKey.putIfAbsent(r.kind() + "//" + r.name(), r);
      byName.computeIfAbsent(r.name(), n -> new ArrayList<>(1)).add(r);
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
    List<T> out = new ArrayList<>();
    for (Resource r : all) {
      if (type.isInstance(r)) {
        out.add(type.cast(r));
      }
    }
    return out;
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
      if (type.isInstance(r)
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
    return Optional.ofNullable(byKey.get(kind + "/" + namespace + "/" + name));
  }
}
