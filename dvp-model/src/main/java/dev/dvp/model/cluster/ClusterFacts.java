package dev.dvp.model.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.GenericResource;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.ModuleConfigSpec;
import dev.dvp.model.Node;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachineClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a DVP cluster is, as one value: the edition, the Kubernetes version, DVP's feature gates, the enabled modules
 * ({@code sdn}), the StorageClasses and the default one, the VirtualMachineClasses and the default one, the module's
 * {@code virtualMachineCIDRs} and default storage classes, the Nodes and the cluster UUID. Rules take it instead of
 * looking anything up; {@code dvp check --cluster} reads it from a directory.
 *
 * <p><b>Nothing is unknown.</b> A fact the value does not state is DVP's default for it: edition CE (DVP built without
 * the {@code EE} tag, {@code images/virtualization-artifact/pkg/version/edition_ce.go}), a module not enabled by a
 * ModuleConfig is disabled (except {@code virtualization} itself), no {@code virtualMachineCIDRs} (optional in the
 * module's {@code openapi/config-values.yaml}: "If this parameter is omitted, the module can still be enabled, but
 * IPAM-dependent scenarios are unavailable"), no default storage
 * classes, no StorageClasses or classes beyond those given, and every feature gate as {@link #featureGate(String)}
 * derives it.
 *
 * <p><b>Reading.</b> {@link #read(Collection)} takes cluster objects as {@code kubectl get -o yaml} prints them ({@code
 * kind: List} documents are read through {@link Manifests}): {@code Node}, {@code storage.k8s.io/v1 StorageClass},
 * {@code VirtualMachineClass}, {@code ModuleConfig} ({@code virtualization}: settings; any module: {@code
 * spec.enabled}), and for what no cluster object says, one SDK-owned document:
 *
 * <pre>{@code
 * apiVersion: sdk.dvp.dev/v1alpha1   # the SDK's own kind; the API server never sees it
 * kind: ClusterInfo
 * metadata:
 *   name: cluster
 * spec:
 *   edition: EE                      # CE (default) or EE; SE, SE+ and BE are paid builds, read as EE
 *   kubernetesVersion: "1.34.2"      # kubectl version: Server Version; a leading "v" is allowed
 *   clusterUUID: 3f1c...             # global.discovery.clusterUUID (MAC OUI of the IPAM)
 *   kubeAPIServerFeatureGates:       # gates the API server runs with (USB needs the DRA ones)
 *     - DRAResourceClaimDeviceStatus
 *   featureGates:                    # overrides of DVP's gates as the controller runs them; absent = derived
 *     USB: false
 * }</pre>
 *
 * Every other object (VirtualMachines, VirtualDisks, PersistentVolumeClaims, VirtualMachineIPAddresses, ... of a
 * {@code kubectl get -A -o yaml} dump) is kept as it is in {@link #otherObjects()}, so rules that look objects up see
 * the cluster's. Several ClusterInfo documents are an error.
 *
 * <pre>{@code
 * ClusterFacts facts = ClusterFacts.read(Path.of("cluster/"));     // kubectl get nodes,sc,vmclass,mc -o yaml > ...
 * boolean sdn = facts.featureGate(ClusterFacts.SDN);
 * ClusterFacts inCode = ClusterFacts.builder().edition(Edition.EE).moduleEnabled("sdn", true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClusterFacts {
  /** The {@code apiVersion} of the SDK's {@code ClusterInfo} document. */
  public static final String CLUSTER_INFO_API_VERSION = "sdk.dvp.dev/v1alpha1";
  /** The {@code kind} of the SDK's {@code ClusterInfo} document. */
  public static final String CLUSTER_INFO_KIND = "ClusterInfo";

  /** DVP's gate for additional networks: on exactly when the {@code sdn} module is enabled. */
  public static final String SDN = "SDN";
  /** DVP's gate for USB devices (EE, Kubernetes 1.34+ with the API server's DRA gates). */
  public static final String USB = "USB";
  /** DVP's gate for GPUs (EE, listed in the ModuleConfig's {@code featureGates}). */
  public static final String GPU = "GPU";
  /** DVP's gate for {@code spec.migrate.nodeSelector} of a Migrate operation (EE). */
  public static final String TARGET_MIGRATION = "TargetMigration";
  /** DVP's gate for volume migration by a VirtualDisk storage-class change (EE). */
  public static final String VOLUME_MIGRATION = "VolumeMigration";

  /** The annotation that marks the default StorageClass. */
  public static final String DEFAULT_STORAGE_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
  /** The annotation that marks the default VirtualMachineClass. */
  public static final String DEFAULT_VM_CLASS_ANNOTATION =
      "virtualmachineclass.virtualization.deckhouse.io/is-default-class";

  // The API server gates DVP's kubeapi.HasDRAFeatureGates() requires for USB.
  private static final List<String> DRA_GATES =
      List.of("DRAResourceClaimDeviceStatus", "DRADeviceBindingConditions", "DRAConsumableCapacity");
  // Gates whose default is "the edition is EE", locked (featuregate.go).
  private static final Set<String> EE_GATES = Set.of("AutoMigrationIfNodePlacementChanged", VOLUME_MIGRATION,
      TARGET_MIGRATION, "VirtualMachinePool");
  // Gates off by default, enabled through ModuleConfig featureGates, locked off in CE (featuregate.go).
  private static final Set<String> LISTED_NOT_CE = Set.of(GPU, "HotplugCPUWithLiveMigration",
      "HotplugMemoryWithLiveMigration", "HotplugCPUAndMemoryWithInPlaceResize");
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?");
  private static final ClusterFacts DEFAULTS = builder().build();

  private final Edition edition;
  private final Optional<String> kubernetesVersion;
  private final Optional<String> clusterUUID;
  private final Map<String, Boolean> modules;
  private final List<String> moduleFeatureGates;
  private final List<String> kubeAPIServerFeatureGates;
  private final Map<String, Boolean> featureGateOverrides;
  private final List<String> virtualMachineCIDRs;
  private final Optional<String> defaultVirtualDiskStorageClass;
  private final Optional<String> defaultVirtualImageStorageClass;
  private final List<Node> nodes;
  private final List<Resource> storageClasses;
  private final List<VirtualMachineClass> virtualMachineClasses;
  private final List<ModuleConfig> moduleConfigs;
  private final List<Resource> otherObjects;

  private ClusterFacts(Builder b) {
    this.edition = b.edition;
    this.kubernetesVersion = b.kubernetesVersion;
    this.clusterUUID = b.clusterUUID;
    this.modules = Map.copyOf(b.modules);
    this.moduleFeatureGates = List.copyOf(b.moduleFeatureGates);
    this.kubeAPIServerFeatureGates = List.copyOf(b.kubeAPIServerFeatureGates);
    this.featureGateOverrides = Map.copyOf(b.featureGateOverrides);
    this.virtualMachineCIDRs = List.copyOf(b.virtualMachineCIDRs);
    this.defaultVirtualDiskStorageClass = b.defaultVirtualDiskStorageClass;
    this.defaultVirtualImageStorageClass = b.defaultVirtualImageStorageClass;
    this.nodes = List.copyOf(b.nodes);
    this.storageClasses = List.copyOf(b.storageClasses);
    this.virtualMachineClasses = List.copyOf(b.virtualMachineClasses);
    this.moduleConfigs = List.copyOf(b.moduleConfigs);
    this.otherObjects = List.copyOf(b.otherObjects);
  }

  /**
   * Returns the facts of a cluster that states nothing: every fact at DVP's default (a CE cluster without sdn,
   * CIDRs, StorageClasses or classes).
   *
   * @return the shared instance
   */
  public static ClusterFacts defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder whose every fact is at DVP's default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the facts from cluster objects (see the class comment for the kinds taken).
   *
   * @param objects objects as read by {@link Manifests}
   * @return the facts
   * @throws IllegalArgumentException if a ClusterInfo or a ModuleConfig setting is malformed, or there are several
   *     ClusterInfo documents; the message names the field
   */
  public static ClusterFacts read(Collection<? extends Resource> objects) {
    Objects.requireNonNull(objects, "objects");
    Builder b = builder();
    boolean info = false;
    for (Resource r : objects) {
      if (r instanceof Node node) {
        b.nodes.add(node);
      } else if (r instanceof VirtualMachineClass vmClass) {
        b.virtualMachineClasses.add(vmClass);
      } else if (r instanceof ModuleConfig mc) {
        readModuleConfig(mc, b);
      } else if (r.kind().equals("StorageClass") && r.apiVersion().startsWith("storage.k8s.io/")) {
        b.storageClasses.add(r);
      } else if (r.kind().equals(CLUSTER_INFO_KIND) && r.apiVersion().equals(CLUSTER_INFO_API_VERSION)) {
        if (info) {
          throw new IllegalArgumentException("more than one " + CLUSTER_INFO_KIND + " among the cluster objects");
        }
        info = true;
        readClusterInfo(r, b);
      } else {
        b.otherObjects.add(r);
      }
    }
    return b.build();
  }

  /**
   * Reads the facts from a file, or from every {@code *.yaml}, {@code *.yml} and {@code *.json} file below a
   * directory, in path order.
   *
   * @param path a file or a directory
   * @return the facts
   * @throws ManifestException if a file cannot be read as manifests
   * @throws IOException if the directory cannot be listed
   * @throws IllegalArgumentException as {@link #read(Collection)}
   */
  public static ClusterFacts read(Path path) throws IOException, ManifestException {
    Objects.requireNonNull(path, "path");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
            .sorted().forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<Resource> objects = new ArrayList<>();
    for (Path file : files) {
      objects.addAll(Manifests.standard().read(file));
    }
    return read(objects);
  }

  private static void readModuleConfig(ModuleConfig mc, Builder b) {
    b.moduleConfigs.add(mc);
    ModuleConfigSpec spec = mc.spec();
    spec.enabled().ifPresent(enabled -> b.modules.put(mc.name(), enabled));
    if (!mc.name().equals(ModuleConfig.VIRTUALIZATION)) {
      return;
    }
    b.virtualMachineCIDRs(spec.virtualMachineCIDRs());
    b.moduleFeatureGates(spec.featureGates());
    spec.defaultVirtualDiskStorageClass().ifPresent(b::defaultVirtualDiskStorageClass);
    spec.defaultVirtualImageStorageClass().ifPresent(b::defaultVirtualImageStorageClass);
  }

  private static void readClusterInfo(Resource r, Builder b) {
    JsonNode spec = Manifests.standard().toJsonTree(r).path("spec");
    String where = CLUSTER_INFO_KIND + " " + r.name() + ": spec.";
    JsonNode edition = spec.path("edition");
    if (!edition.isMissingNode()) {
      b.edition(parseEdition(edition.asText(), where + "edition"));
    }
    JsonNode version = spec.path("kubernetesVersion");
    if (!version.isMissingNode()) {
      b.kubernetesVersion(version.asText());
    }
    JsonNode uuid = spec.path("clusterUUID");
    if (!uuid.isMissingNode()) {
      b.clusterUUID(uuid.asText());
    }
    JsonNode gates = spec.path("kubeAPIServerFeatureGates");
    if (!gates.isMissingNode()) {
      if (!gates.isArray()) {
        throw new IllegalArgumentException(where + "kubeAPIServerFeatureGates must be a list of gate names");
      }
      List<String> names = new ArrayList<>();
      gates.forEach(g -> names.add(g.asText()));
      b.kubeAPIServerFeatureGates(names);
    }
    JsonNode overrides = spec.path("featureGates");
    if (!overrides.isMissingNode()) {
      if (!overrides.isObject()) {
        throw new IllegalArgumentException(where + "featureGates must map gate names to true or false");
      }
      overrides.fields().forEachRemaining(e -> {
        if (!e.getValue().isBoolean()) {
          throw new IllegalArgumentException(where + "featureGates." + e.getKey() + " must be true or false, got "
              + e.getValue());
        }
        b.featureGate(e.getKey(), e.getValue().asBoolean());
      });
    }
  }

  private static Edition parseEdition(String text, String field) {
    String upper = text.toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "CE" -> Edition.CE;
      case "EE", "SE", "SE+", "SE-PLUS", "BE" -> Edition.EE;
      default -> throw new IllegalArgumentException(field + " must be CE or EE (SE, SE+ and BE read as EE), got \""
          + text + "\"");
    };
  }

  /** @return the DVP edition; CE unless stated */
  public Edition edition() {
    return edition;
  }

  /** @return the Kubernetes (API server) version as stated, e.g. {@code 1.34.2}; empty when not stated */
  public Optional<String> kubernetesVersion() {
    return kubernetesVersion;
  }

  /**
   * Tells whether the Kubernetes version is at least {@code major.minor}.
   *
   * @param major e.g. 1
   * @param minor e.g. 34
   * @return {@code false} when the version is not stated
   */
  public boolean kubernetesAtLeast(int major, int minor) {
    return kubernetesVersion.map(v -> {
      Matcher m = VERSION.matcher(v.trim());
      if (!m.matches()) {
        return false;
      }
      int ma = Integer.parseInt(m.group(1));
      int mi = Integer.parseInt(m.group(2));
      return ma > major || (ma == major && mi >= minor);
    }).orElse(false);
  }

  /** @return the cluster UUID ({@code global.discovery.clusterUUID}); empty when not stated */
  public Optional<String> clusterUUID() {
    return clusterUUID;
  }

  /**
   * Tells whether a Deckhouse module is enabled: as its ModuleConfig's {@code spec.enabled} says; otherwise
   * {@code virtualization} is enabled and every other module (including {@code sdn}) is not.
   *
   * @param module the module name, e.g. {@code sdn}
   * @return whether it is enabled
   */
  public boolean moduleEnabled(String module) {
    Boolean stated = modules.get(module);
    return stated != null ? stated : module.equals(ModuleConfig.VIRTUALIZATION);
  }

  /**
   * Tells whether one of DVP's feature gates is on, as the virtualization controller would run it. A gate stated in
   * the ClusterInfo's {@code featureGates} (or {@link Builder#featureGate}) is as stated; otherwise it is derived as
   * DVP derives it ({@code images/virtualization-artifact/pkg/featuregates/featuregate.go} {@code featureSpecs}, and
   * {@code templates/virtualization-controller/_helpers.tpl} {@code feature-gates-flag-args-item}):
   * <ul>
   *   <li>{@link #SDN}: the {@code sdn} module is enabled;</li>
   *   <li>{@link #TARGET_MIGRATION}, {@link #VOLUME_MIGRATION}, {@code AutoMigrationIfNodePlacementChanged},
   *       {@code VirtualMachinePool}: the edition is EE (locked to that default);</li>
   *   <li>{@link #USB}: EE, and the API server has the gates {@code DRAResourceClaimDeviceStatus},
   *       {@code DRADeviceBindingConditions} and {@code DRAConsumableCapacity} ({@code kubeapi.HasDRAFeatureGates}),
   *       and serves {@code resource.k8s.io/v1}, i.e. Kubernetes 1.34 or newer ({@code kubeapi.ResourceV1Available},
   *       false when the version is not stated);</li>
   *   <li>{@link #GPU} and the three hot-plug gates: listed in ModuleConfig {@code virtualization}
   *       {@code spec.settings.featureGates} and the edition is not CE (locked off there);</li>
   *   <li>{@code VerticalVirtualMachineAutoscaler}: EE and the {@code vertical-pod-autoscaler} module enabled;</li>
   *   <li>any other gate: listed in the ModuleConfig's {@code featureGates}.</li>
   * </ul>
   *
   * @param gate the gate's name, e.g. {@link #SDN}
   * @return whether it is on
   */
  public boolean featureGate(String gate) {
    Boolean stated = featureGateOverrides.get(gate);
    if (stated != null) {
      return stated;
    }
    boolean ee = edition == Edition.EE;
    if (gate.equals(SDN)) {
      return moduleEnabled("sdn");
    }
    if (EE_GATES.contains(gate)) {
      return ee;
    }
    if (gate.equals(USB)) {
      return ee && kubeAPIServerFeatureGates.containsAll(DRA_GATES) && kubernetesAtLeast(1, 34);
    }
    if (LISTED_NOT_CE.contains(gate)) {
      return ee && moduleFeatureGates.contains(gate);
    }
    if (gate.equals("VerticalVirtualMachineAutoscaler")) {
      return ee && moduleEnabled("vertical-pod-autoscaler");
    }
    return moduleFeatureGates.contains(gate);
  }

  /** @return the gates the API server runs with, as stated in the ClusterInfo */
  public List<String> kubeAPIServerFeatureGates() {
    return kubeAPIServerFeatureGates;
  }

  /** @return ModuleConfig {@code virtualization} {@code spec.settings.featureGates} */
  public List<String> moduleFeatureGates() {
    return moduleFeatureGates;
  }

  /** @return ModuleConfig {@code virtualization} {@code spec.settings.virtualMachineCIDRs}; empty when none */
  public List<String> virtualMachineCIDRs() {
    return virtualMachineCIDRs;
  }

  /** @return ModuleConfig {@code virtualization} {@code spec.settings.virtualDisks.defaultStorageClassName} */
  public Optional<String> defaultVirtualDiskStorageClass() {
    return defaultVirtualDiskStorageClass;
  }

  /** @return ModuleConfig {@code virtualization} {@code spec.settings.virtualImages.defaultStorageClassName} */
  public Optional<String> defaultVirtualImageStorageClass() {
    return defaultVirtualImageStorageClass;
  }

  /** @return the Nodes */
  public List<Node> nodes() {
    return nodes;
  }

  /** @return every StorageClass of the cluster ({@code storage.k8s.io/v1}, as read) */
  public List<Resource> storageClasses() {
    return storageClasses;
  }

  /**
   * Returns the cluster's default StorageClass: among those annotated {@value #DEFAULT_STORAGE_CLASS_ANNOTATION}
   * {@code : "true"}, the newest, then the first by name, as Kubernetes picks it when several are marked
   * ({@code k8s.io/kubernetes/pkg/volume/util/storageclass.go GetDefaultClass}).
   *
   * @return the class name; empty when none is marked
   */
  public Optional<String> defaultStorageClass() {
    return storageClasses.stream()
        .filter(sc -> "true".equals(sc.metadata().annotations().get(DEFAULT_STORAGE_CLASS_ANNOTATION)))
        .sorted(Comparator.comparing((Resource sc) -> sc.metadata().creationTimestamp().orElse("")).reversed()
            .thenComparing(Resource::name))
        .map(Resource::name)
        .findFirst();
  }

  /** @return every VirtualMachineClass of the cluster */
  public List<VirtualMachineClass> virtualMachineClasses() {
    return virtualMachineClasses;
  }

  /**
   * Returns the default VirtualMachineClass: the single class annotated {@value #DEFAULT_VM_CLASS_ANNOTATION}
   * {@code : "true"}. DVP rejects a VM without a class name when there is none or several
   * ({@code defaulter/virtual_machine_class_name.go}).
   *
   * @return its name; empty when no class or several classes are marked
   */
  public Optional<String> defaultVirtualMachineClass() {
    List<String> marked = virtualMachineClasses.stream()
        .filter(c -> "true".equals(c.metadata().annotations().get(DEFAULT_VM_CLASS_ANNOTATION)))
        .map(VirtualMachineClass::name)
        .toList();
    return marked.size() == 1 ? Optional.of(marked.get(0)) : Optional.empty();
  }

  /** @return the ModuleConfigs read */
  public List<ModuleConfig> moduleConfigs() {
    return moduleConfigs;
  }

  /** @return the cluster objects of other kinds, as read (see the class comment) */
  public List<Resource> otherObjects() {
    return otherObjects;
  }

  /**
   * Returns every cluster object the facts hold, for rules that look objects up: Nodes, StorageClasses,
   * VirtualMachineClasses, ModuleConfigs and the other objects, in that order.
   *
   * @return the objects
   */
  public List<Resource> objects() {
    List<Resource> out = new ArrayList<>(nodes.size() + storageClasses.size() + virtualMachineClasses.size()
        + moduleConfigs.size() + otherObjects.size());
    out.addAll(nodes);
    out.addAll(storageClasses);
    out.addAll(virtualMachineClasses);
    out.addAll(moduleConfigs);
    out.addAll(otherObjects);
    return out;
  }

  /** Builds {@link ClusterFacts}; every fact starts at DVP's default. Not thread-safe. */
  public static final class Builder {
    private Edition edition = Edition.CE;
    private Optional<String> kubernetesVersion = Optional.empty();
    private Optional<String> clusterUUID = Optional.empty();
    private final Map<String, Boolean> modules = new LinkedHashMap<>();
    private List<String> moduleFeatureGates = List.of();
    private List<String> kubeAPIServerFeatureGates = List.of();
    private final Map<String, Boolean> featureGateOverrides = new LinkedHashMap<>();
    private List<String> virtualMachineCIDRs = List.of();
    private Optional<String> defaultVirtualDiskStorageClass = Optional.empty();
    private Optional<String> defaultVirtualImageStorageClass = Optional.empty();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Resource> storageClasses = new ArrayList<>();
    private final List<VirtualMachineClass> virtualMachineClasses = new ArrayList<>();
    private final List<ModuleConfig> moduleConfigs = new ArrayList<>();
    private final List<Resource> otherObjects = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the edition.
     *
     * @param edition CE or EE
     * @return this builder
     */
    public Builder edition(Edition edition) {
      this.edition = require(edition, "edition");
      return this;
    }

    /**
     * Sets the Kubernetes version.
     *
     * @param version e.g. {@code 1.34.2} or {@code v1.34.2}
     * @return this builder
     * @throws IllegalArgumentException if it is not {@code [v]MAJOR.MINOR[.PATCH][-suffix]}
     */
    public Builder kubernetesVersion(String version) {
      if (version == null || !VERSION.matcher(version.trim()).matches()) {
        throw new IllegalArgumentException("kubernetesVersion must read like 1.34 or v1.34.2, got " + version);
      }
      this.kubernetesVersion = Optional.of(version.trim());
      return this;
    }

    /**
     * Sets the cluster UUID.
     *
     * @param uuid the UUID
     * @return this builder
     */
    public Builder clusterUUID(String uuid) {
      this.clusterUUID = Optional.of(require(uuid, "uuid"));
      return this;
    }

    /**
     * States whether a module is enabled (ModuleConfig {@code spec.enabled}).
     *
     * @param module e.g. {@code sdn}
     * @param enabled its state
     * @return this builder
     */
    public Builder moduleEnabled(String module, boolean enabled) {
      modules.put(require(module, "module"), enabled);
      return this;
    }

    /**
     * Sets ModuleConfig {@code virtualization} {@code spec.settings.featureGates}.
     *
     * @param gates gate names, e.g. {@code GPU}
     * @return this builder
     */
    public Builder moduleFeatureGates(List<String> gates) {
      this.moduleFeatureGates = List.copyOf(require(gates, "gates"));
      return this;
    }

    /**
     * Sets the gates the Kubernetes API server runs with.
     *
     * @param gates gate names
     * @return this builder
     */
    public Builder kubeAPIServerFeatureGates(List<String> gates) {
      this.kubeAPIServerFeatureGates = List.copyOf(require(gates, "gates"));
      return this;
    }

    /**
     * States one of DVP's feature gates outright, instead of deriving it (see {@link ClusterFacts#featureGate}).
     *
     * @param gate e.g. {@link ClusterFacts#USB}
     * @param enabled its state
     * @return this builder
     */
    public Builder featureGate(String gate, boolean enabled) {
      featureGateOverrides.put(require(gate, "gate"), enabled);
      return this;
    }

    /**
     * Sets the module's VM subnets.
     *
     * @param cidrs the CIDRs; empty for none
     * @return this builder
     */
    public Builder virtualMachineCIDRs(List<String> cidrs) {
      this.virtualMachineCIDRs = List.copyOf(require(cidrs, "cidrs"));
      return this;
    }

    /**
     * Sets the module's default VirtualDisk storage class.
     *
     * @param storageClass the class name
     * @return this builder
     */
    public Builder defaultVirtualDiskStorageClass(String storageClass) {
      this.defaultVirtualDiskStorageClass = Optional.of(require(storageClass, "storageClass"));
      return this;
    }

    /**
     * Sets the module's default VirtualImage storage class.
     *
     * @param storageClass the class name
     * @return this builder
     */
    public Builder defaultVirtualImageStorageClass(String storageClass) {
      this.defaultVirtualImageStorageClass = Optional.of(require(storageClass, "storageClass"));
      return this;
    }

    /**
     * Adds a Node.
     *
     * @param node the node
     * @return this builder
     */
    public Builder node(Node node) {
      nodes.add(require(node, "node"));
      return this;
    }

    /**
     * Adds a StorageClass ({@code storage.k8s.io/v1}, e.g. read by {@link Manifests} as a {@link GenericResource}).
     *
     * @param storageClass the object
     * @return this builder
     * @throws IllegalArgumentException if it is not of kind StorageClass
     */
    public Builder storageClass(Resource storageClass) {
      if (require(storageClass, "storageClass").kind().equals("StorageClass")) {
        storageClasses.add(storageClass);
        return this;
      }
      throw new IllegalArgumentException("not a StorageClass: " + storageClass.kind() + " " + storageClass.name());
    }

    /**
     * Adds a VirtualMachineClass.
     *
     * @param vmClass the class
     * @return this builder
     */
    public Builder virtualMachineClass(VirtualMachineClass vmClass) {
      virtualMachineClasses.add(require(vmClass, "vmClass"));
      return this;
    }

    /**
     * Adds a ModuleConfig: its {@code spec.enabled} states the module, and for {@code virtualization} its settings
     * set the CIDRs, the feature gates and the default storage classes, as {@link ClusterFacts#read(Collection)}
     * reads them.
     *
     * @param moduleConfig the ModuleConfig
     * @return this builder
     */
    public Builder moduleConfig(ModuleConfig moduleConfig) {
      readModuleConfig(require(moduleConfig, "moduleConfig"), this);
      return this;
    }

    /**
     * Adds a cluster object of another kind (a VirtualMachine, a PersistentVolumeClaim, ...), for rules that look
     * objects up. Nodes, StorageClasses, VirtualMachineClasses and ModuleConfigs have their own methods.
     *
     * @param object the object
     * @return this builder
     */
    public Builder object(Resource object) {
      otherObjects.add(require(object, "object"));
      return this;
    }

    /** @return the facts */
    public ClusterFacts build() {
      return new ClusterFacts(this);
    }

    private static <T> T require(T value, String name) {
      return Objects.requireNonNull(value, name);
    }
  }
}
