package dev.dvp.admission;

import dev.dvp.model.ModuleConfig;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.cluster.Edition;
import dev.dvp.model.cluster.ClusterFacts;
import java.time.Clock;
import java.util.Objects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything admission may look at besides the request: the other objects (classes, disks, images, attachments,
 * operations, Secrets, StorageClasses, ...), the module settings, feature gates, the edition and a clock. Nothing is
 * looked up anywhere else.
 *
 * <p>Settings the context does not know are <em>unknown</em>, not "off": a check that needs an unknown setting is
 * skipped and says so in {@link AdmissionResult#notes()} (a warning {@code cannot check <field> without knowing
 * <fact>. Maybe pass --cluster}). So a manifest checked without a ModuleConfig is not rejected for "no
 * virtualMachineCIDRs", while a context that states {@code virtualMachineCIDRs(List.of())} reproduces DVP's
 * rejection. A context made from {@link ClusterFacts} ({@link #of(ClusterFacts, ResourceSet)}) knows every setting.
 * Objects the context lacks are missing, as in a cluster, except StorageClasses (unless
 * {@link #storageClassesComplete()}) and, for the default class, VirtualMachineClasses (unless
 * {@link #virtualMachineClassesComplete()}).
 *
 * <pre>{@code
 * AdmissionContext context = AdmissionContext.builder()
 *     .resources(ResourceSet.of(List.of(defaultClass, disk)))
 *     .virtualMachineCIDRs(List.of("10.66.10.0/24"))
 *     .featureGate(AdmissionContext.SDN, true)
 *     .edition(Edition.EE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AdmissionContext {
  /** The SDN module is enabled (additional networks); {@link ClusterFacts#SDN}. */
  public static final String SDN = ClusterFacts.SDN;
  /** USB device attachment (DRA, Kubernetes 1.34+); {@link ClusterFacts#USB}. */
  public static final String USB = ClusterFacts.USB;
  /** GPU attachment; {@link ClusterFacts#GPU}. */
  public static final String GPU = ClusterFacts.GPU;
  /** {@code spec.migrate.nodeSelector} of a Migrate operation (not in CE); {@link ClusterFacts#TARGET_MIGRATION}. */
  public static final String TARGET_MIGRATION = ClusterFacts.TARGET_MIGRATION;
  /** Volume migration by a VirtualDisk storage-class change; {@link ClusterFacts#VOLUME_MIGRATION}. */
  public static final String VOLUME_MIGRATION = ClusterFacts.VOLUME_MIGRATION;
  // The gates admission reads, taken from ClusterFacts by of(ClusterFacts, ResourceSet).
  private static final List<String> GATES = List.of(SDN, USB, GPU, TARGET_MIGRATION, VOLUME_MIGRATION);

  private static final AdmissionContext EMPTY = builder().build();

  private final ResourceSet resources;
  private final Optional<List<String>> virtualMachineCIDRs;
  private final Map<String, Boolean> featureGates;
  private final Optional<Edition> edition;
  private final Optional<Clock> clock;
  private final Optional<String> defaultVirtualDiskStorageClass;
  private final Optional<String> defaultVirtualImageStorageClass;
  private final boolean storageClassesComplete;
  private final boolean virtualMachineClassesComplete;

  private AdmissionContext(Builder b) {
    this.resources = b.resources;
    this.virtualMachineCIDRs = b.virtualMachineCIDRs;
    this.featureGates = Map.copyOf(b.featureGates);
    this.edition = b.edition;
    this.clock = b.clock;
    this.defaultVirtualDiskStorageClass = b.defaultVirtualDiskStorageClass;
    this.defaultVirtualImageStorageClass = b.defaultVirtualImageStorageClass;
    this.storageClassesComplete = b.storageClassesComplete;
    this.virtualMachineClassesComplete = b.virtualMachineClassesComplete;
  }

  /**
   * Returns a context that knows no objects and no settings.
   *
   * @return the empty context
   */
  public static AdmissionContext empty() {
    return EMPTY;
  }

  /**
   * Returns a context of these objects, taking the module settings from the {@code ModuleConfig} named
   * {@code virtualization} among them when there is one ({@code spec.settings.virtualMachineCIDRs},
   * {@code spec.settings.virtualDisks.defaultStorageClassName}, {@code spec.settings.virtualImages.defaultStorageClassName}).
   * Feature gates, edition and clock stay unknown, and neither the StorageClasses nor the VirtualMachineClasses are
   * taken as complete ({@link #storageClassesComplete()}, {@link #virtualMachineClassesComplete()}): this is the
   * context of manifests checked without the cluster's facts.
   *
   * @param resources the objects
   * @return the context
   */
  public static AdmissionContext of(ResourceSet resources) {
    Builder b = builder().resources(resources).virtualMachineClassesComplete(false);
    moduleSettings(resources, b);
    return b.build();
  }

  /**
   * Returns the context of objects written to a cluster whose facts are known: the objects, then the facts' cluster
   * objects ({@link ClusterFacts#objects()}) that the objects do not replace (same kind, namespace and name), the facts' edition, feature gates (as {@link ClusterFacts#featureGate} derives them) and
   * module settings, with StorageClasses and VirtualMachineClasses complete. A {@code ModuleConfig/virtualization}
   * among the objects overrides the facts' module settings, as applying it would. Nothing is unknown, so no check is
   * skipped for want of a setting.
   *
   * @param facts the cluster
   * @param resources the objects being written, and their default namespace
   * @return the context
   * @throws NullPointerException if an argument is {@code null}
   */
  public static AdmissionContext of(ClusterFacts facts, ResourceSet resources) {
    if (facts == null || resources == null) {
      throw new IllegalArgumentException("of needs the facts and the resources; maybe ClusterFacts.defaults()");
    }
    Set<String> given = new HashSet<>();
    resources.all().forEach(r -> given.add(key(r, resources)));
    List<Resource> merged = new ArrayList<>(resources.all());
    for (Resource r : facts.objects()) {
      if (given.add(key(r, resources))) {
        merged.add(r);
      }
    }
    Builder b = builder().resources(ResourceSet.of(merged, resources.defaultNamespace()))
        .virtualMachineCIDRs(facts.virtualMachineCIDRs())
        .edition(facts.edition())
        .storageClassesComplete(true)
        .virtualMachineClassesComplete(true);
    GATES.forEach(gate -> b.featureGate(gate, facts.featureGate(gate)));
    facts.defaultVirtualDiskStorageClass().ifPresent(b::defaultVirtualDiskStorageClass);
    facts.defaultVirtualImageStorageClass().ifPresent(b::defaultVirtualImageStorageClass);
    moduleSettings(resources, b);
    return b.build();
  }

  private static String key(Resource r, ResourceSet set) {
    return r.kind() + "/" + set.namespaceOf(r) + "/" + r.name();
  }

  private static void moduleSettings(ResourceSet resources, Builder b) {
    resources.find(ModuleConfig.class, "", ModuleConfig.VIRTUALIZATION).map(ModuleConfig::spec).ifPresent(spec -> {
      if (spec.setting("virtualMachineCIDRs").filter(List.class::isInstance).isPresent()) {
        b.virtualMachineCIDRs(spec.virtualMachineCIDRs());
      }
      spec.defaultVirtualDiskStorageClass().ifPresent(b::defaultVirtualDiskStorageClass);
      spec.defaultVirtualImageStorageClass().ifPresent(b::defaultVirtualImageStorageClass);
    });
  }

  /**
   * Returns a builder.
   *
   * @return a builder of an empty context
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this context's values */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.resources = resources;
    b.virtualMachineCIDRs = virtualMachineCIDRs;
    b.featureGates.putAll(featureGates);
    b.edition = edition;
    b.clock = clock;
    b.defaultVirtualDiskStorageClass = defaultVirtualDiskStorageClass;
    b.defaultVirtualImageStorageClass = defaultVirtualImageStorageClass;
    b.storageClassesComplete = storageClassesComplete;
    b.virtualMachineClassesComplete = virtualMachineClassesComplete;
    return b;
  }

  /** @return the other objects */
  public ResourceSet resources() {
    return resources;
  }

  /** @return {@code ModuleConfig/virtualization spec.settings.virtualMachineCIDRs}; empty when unknown */
  public Optional<List<String>> virtualMachineCIDRs() {
    return virtualMachineCIDRs;
  }

  /**
   * Tells whether a feature gate is on.
   *
   * @param gate e.g. {@link #SDN}
   * @return the gate's state; empty when the context does not say
   */
  public Optional<Boolean> featureGate(String gate) {
    return Optional.ofNullable(featureGates.get(gate));
  }

  /** @return the DVP edition; empty when unknown */
  public Optional<Edition> edition() {
    return edition;
  }

  /** @return the clock that stands for the API server's "now" (creation timestamps); empty when unknown */
  public Optional<Clock> clock() {
    return clock;
  }

  /** @return {@code ModuleConfig/virtualization spec.settings.virtualDisks.defaultStorageClassName}, if set */
  public Optional<String> defaultVirtualDiskStorageClass() {
    return defaultVirtualDiskStorageClass;
  }

  /** @return {@code ModuleConfig/virtualization spec.settings.virtualImages.defaultStorageClassName}, if set */
  public Optional<String> defaultVirtualImageStorageClass() {
    return defaultVirtualImageStorageClass;
  }

  /**
   * Tells whether the context states the cluster's storage setup in full: its StorageClass objects are all the
   * cluster has, and the module's default storage classes are exactly as given (absent = not set). Only then does a
   * missing StorageClass, or a disk whose class cannot be determined, reject a request; otherwise such checks are
   * skipped with a note.
   *
   * @return whether StorageClasses and defaults are complete
   */
  public boolean storageClassesComplete() {
    return storageClassesComplete;
  }

  /**
   * Tells whether the context's VirtualMachineClasses are all the cluster has, so that a VM without
   * {@code spec.virtualMachineClassName} and no default class among them is rejected as DVP rejects it. Otherwise
   * (manifests checked without the cluster's facts) the class-name defaulting is skipped with a warning and the
   * missing class name is not reported. {@code true} unless stated.
   *
   * @return whether the VirtualMachineClasses are complete
   */
  public boolean virtualMachineClassesComplete() {
    return virtualMachineClassesComplete;
  }

  /**
   * Returns the namespace of an object as the context places it.
   *
   * @param resource an object
   * @return its namespace, or the resource set's default namespace
   */
  String namespaceOf(Resource resource) {
    return resources.namespaceOf(resource);
  }

  /** Builds an {@link AdmissionContext}; not thread-safe. */
  public static final class Builder {
    private ResourceSet resources = ResourceSet.of(List.of());
    private Optional<List<String>> virtualMachineCIDRs = Optional.empty();
    private final Map<String, Boolean> featureGates = new LinkedHashMap<>();
    private Optional<Edition> edition = Optional.empty();
    private Optional<Clock> clock = Optional.empty();
    private Optional<String> defaultVirtualDiskStorageClass = Optional.empty();
    private Optional<String> defaultVirtualImageStorageClass = Optional.empty();
    private boolean storageClassesComplete;
    private boolean virtualMachineClassesComplete = true;

    private Builder() {}

    /**
     * Sets the other objects.
     *
     * @param resources the objects
     * @return this builder
     */
    public Builder resources(ResourceSet resources) {
      this.resources = require(resources, "resources");
      return this;
    }

    /**
     * States the module's VM subnets; an empty list means "configured with none".
     *
     * @param cidrs the CIDRs
     * @return this builder
     */
    public Builder virtualMachineCIDRs(List<String> cidrs) {
      this.virtualMachineCIDRs = Optional.of(List.copyOf(require(cidrs, "cidrs")));
      return this;
    }

    /**
     * States a feature gate.
     *
     * @param gate e.g. {@link AdmissionContext#SDN}
     * @param enabled its state
     * @return this builder
     */
    public Builder featureGate(String gate, boolean enabled) {
      featureGates.put(require(gate, "gate"), enabled);
      return this;
    }

    /**
     * States the edition.
     *
     * @param edition CE or EE
     * @return this builder
     */
    public Builder edition(Edition edition) {
      this.edition = Optional.of(require(edition, "edition"));
      return this;
    }

    /**
     * Sets the clock that stands for the API server's "now".
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Optional.of(require(clock, "clock"));
      return this;
    }

    /**
     * States the module's default VirtualDisk storage class.
     *
     * @param storageClass the class name
     * @return this builder
     */
    public Builder defaultVirtualDiskStorageClass(String storageClass) {
      this.defaultVirtualDiskStorageClass = Optional.of(require(storageClass, "storageClass"));
      return this;
    }

    /**
     * States the module's default VirtualImage storage class.
     *
     * @param storageClass the class name
     * @return this builder
     */
    public Builder defaultVirtualImageStorageClass(String storageClass) {
      this.defaultVirtualImageStorageClass = Optional.of(require(storageClass, "storageClass"));
      return this;
    }

    /**
     * States whether the resources hold every StorageClass of the cluster and the module defaults are exactly as
     * given (see {@link AdmissionContext#storageClassesComplete()}).
     *
     * @param complete {@code true} to let missing classes and undeterminable disk classes reject requests
     * @return this builder
     */
    public Builder storageClassesComplete(boolean complete) {
      this.storageClassesComplete = complete;
      return this;
    }

    /**
     * States whether the resources hold every VirtualMachineClass of the cluster (see
     * {@link AdmissionContext#virtualMachineClassesComplete()}).
     *
     * @param complete {@code false} to skip the default-class check with a warning when no default is among them
     * @return this builder
     */
    public Builder virtualMachineClassesComplete(boolean complete) {
      this.virtualMachineClassesComplete = complete;
      return this;
    }

    /** @return the context */
    public AdmissionContext build() {
      return new AdmissionContext(this);
    }

    private static <T> T require(T value, String name) {
      return Objects.requireNonNull(value, name);
    }
  }
}
