package dev.dvp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code apiVersion} and {@code kind} pairs a DVP cluster's API server serves, as {@code kubectl} finds out
 * through discovery before it sends an object.
 *
 * <p>Three answers, from {@link #check(String, String)}:
 * <ul>
 *   <li>a kind of DVP's API group ({@code virtualization.deckhouse.io}) or of a Kubernetes built-in group in a
 *       version the cluster does not serve, or a kind the group does not have: an error in the words of
 *       {@code k8s.io/apimachinery/pkg/api/meta/errors.go} ({@code NoKindMatchError.Error}), e.g.
 *       {@code no matches for kind "VirtualMachine" in version "virtualization.deckhouse.io/v1alpha1"}, with a
 *       "Maybe ..." hint naming the served version or the nearest kind;</li>
 *   <li>a served version that its CRD marks {@code deprecated}: a warning with the CRD's
 *       {@code deprecationWarning}, as the API server sends it in a {@code Warning} header (e.g.
 *       {@code v1alpha2.VirtualMachineClass is deprecated; use v1alpha3.VirtualMachineClass});</li>
 *   <li>nothing, for served pairs and for kinds of other API groups (custom resources of other projects, which
 *       {@link #isModelled(String, String)} tells apart so that a checker can list them as not checked).</li>
 * </ul>
 *
 * <p>The DVP versions are those the CRDs serve ({@code spec.versions[].served}); the built-in groups are those of
 * Kubernetes 1.35 ({@code k8s.io/api}, one package per group). Stateless and thread-safe.
 *
 * <pre>{@code
 * ServedKinds.check("virtualization.deckhouse.io/v1alpha1", "VirtualMachine");
 * // Optional[apiVersion: no matches for kind "VirtualMachine" in version "virtualization.deckhouse.io/v1alpha1";
 * //   Maybe apiVersion: virtualization.deckhouse.io/v1alpha2?]
 * }</pre>
 */
public final class ServedKinds {
  /** DVP's API group. */
  public static final String DVP_GROUP = "virtualization.deckhouse.io";

  /**
   * The kinds of the Kubernetes 1.35 built-in API groups, by served group/version; from {@code k8s.io/api}
   * ({@code <group>/<version>/register.go}, {@code addKnownTypes}), list kinds left out.
   */
  private static final Map<String, Set<String>> BUILT_IN = Map.ofEntries(
      Map.entry("v1", Set.of("Binding", "ComponentStatus", "ConfigMap", "Endpoints", "Event", "LimitRange",
          "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Pod", "PodTemplate",
          "ReplicationController", "ResourceQuota", "Secret", "Service", "ServiceAccount")),
      Map.entry("apps/v1", Set.of("ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet")),
      Map.entry("batch/v1", Set.of("CronJob", "Job")),
      Map.entry("autoscaling/v1", Set.of("HorizontalPodAutoscaler")),
      Map.entry("autoscaling/v2", Set.of("HorizontalPodAutoscaler")),
      Map.entry("policy/v1", Set.of("PodDisruptionBudget")),
      Map.entry("networking.k8s.io/v1", Set.of("Ingress", "IngressClass", "IPAddress", "NetworkPolicy",
          "ServiceCIDR")),
      Map.entry("storage.k8s.io/v1", Set.of("CSIDriver", "CSINode", "CSIStorageCapacity", "StorageClass",
          "VolumeAttachment", "VolumeAttributesClass")),
      Map.entry("rbac.authorization.k8s.io/v1", Set.of("ClusterRole", "ClusterRoleBinding", "Role",
          "RoleBinding")),
      Map.entry("scheduling.k8s.io/v1", Set.of("PriorityClass")),
      Map.entry("coordination.k8s.io/v1", Set.of("Lease")),
      Map.entry("discovery.k8s.io/v1", Set.of("EndpointSlice")),
      Map.entry("node.k8s.io/v1", Set.of("RuntimeClass")),
      Map.entry("events.k8s.io/v1", Set.of("Event")),
      Map.entry("certificates.k8s.io/v1", Set.of("CertificateSigningRequest")),
      Map.entry("apiextensions.k8s.io/v1", Set.of("CustomResourceDefinition")),
      Map.entry("apiregistration.k8s.io/v1", Set.of("APIService")),
      Map.entry("admissionregistration.k8s.io/v1", Set.of("MutatingWebhookConfiguration",
          "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration")),
      Map.entry("flowcontrol.apiserver.k8s.io/v1", Set.of("FlowSchema", "PriorityLevelConfiguration")),
      Map.entry("resource.k8s.io/v1", Set.of("DeviceClass", "ResourceClaim", "ResourceClaimTemplate",
          "ResourceSlice")));

  /**
   * DVP kinds the SDK does not model, with the version DVP serves them in ({@code crds/*.yaml} of
   * {@code deckhouse/virtualization}; VirtualMachineRestore was removed there and is not served).
   */
  private static final Map<String, Set<String>> DVP_UNMODELLED = Map.of(
      DVP_GROUP + "/v1alpha2", Set.of("NodeUSBDevice", "USBDevice", "VirtualDiskSnapshot", "VirtualMachinePool",
          "VirtualMachineSnapshot", "VirtualMachineSnapshotOperation"));

  /** Deprecated served DVP versions, with their CRD's {@code deprecationWarning}. */
  private static final Map<String, String> DEPRECATED = Map.of(
      DVP_GROUP + "/v1alpha2 VirtualMachineClass",
      "v1alpha2.VirtualMachineClass is deprecated; use v1alpha3.VirtualMachineClass");

  /** Group to its served versions and their kinds: built once, since every object of a check asks. */
  private static final Map<String, Map<String, Set<String>>> BY_GROUP = byGroup();

  private ServedKinds() {}

  private static Map<String, Map<String, Set<String>>> byGroup() {
    Map<String, Map<String, Set<String>>> out = new java.util.HashMap<>();
    java.util.function.BiConsumer<String, Set<String>> add = (gv, kinds) -> out
        .computeIfAbsent(groupOf(gv), g -> new java.util.TreeMap<>())
        .computeIfAbsent(gv, v -> new TreeSet<>()).addAll(kinds);
    BUILT_IN.forEach(add);
    ResourceKinds.servedIn(DVP_GROUP).forEach(add);
    DVP_UNMODELLED.forEach(add);
    return out;
  }

  /**
   * Tells whether the API server would accept objects of this {@code apiVersion} and {@code kind}.
   *
   * @param apiVersion e.g. {@code virtualization.deckhouse.io/v1alpha2} or {@code v1}
   * @param kind e.g. {@code VirtualMachine}
   * @return an error when no such kind is served, a warning when it is deprecated, empty otherwise (also for
   *     kinds of API groups the SDK does not know)
   */
  public static Optional<Violation> check(String apiVersion, String kind) {
    String group = groupOf(apiVersion);
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    String deprecation = DEPRECATED.get(apiVersion + " " + kind);
    if (deprecation != null) {
      return Optional.of(Violation.warning("apiVersion", "Deprecated", deprecation));
    }
    Map<String, Set<String>> groupKinds = kindsOf(group);
    if (groupKinds.isEmpty()) {
      return Optional.empty();
    }
    Set<String> kindsHere = groupKinds.getOrDefault(apiVersion, Set.of());
    if (kindsHere.contains(kind)) {
      return Optional.empty();
    }
    String message = "no matches for kind " + StructuralValidator.quote(kind) + " in version "
        + StructuralValidator.quote(group.isEmpty() ? version : group + "/" + version);
    List<String> servedVersions = new ArrayList<>();
    groupKinds.forEach((gv, kinds) -> {
      if (kinds.contains(kind)) {
        servedVersions.add(gv);
      }
    });
    if (!servedVersions.isEmpty()) {
      servedVersions.sort(null);
      return Optional.of(Violation.error("apiVersion", "NoKindMatch", message + ". Maybe apiVersion: "
          + String.join(" or ", servedVersions) + "?"));
    }
    Set<String> allKinds = new TreeSet<>();
    groupKinds.values().forEach(allKinds::addAll);
    String near = NearestName.of(kind, allKinds);
    String hint = near == null ? "" : ". Maybe kind: " + near + "?";
    return Optional.of(Violation.error("kind", "NoKindMatch", message + hint));
  }

  /**
   * Tells whether the SDK models this kind in this version: its objects are bound to a model type and every DVP
   * rule of the SDK runs on them. Objects of other kinds are read as {@link GenericResource}s, whose metadata alone
   * is checked.
   *
   * @param apiVersion the object's {@code apiVersion}
   * @param kind the object's {@code kind}
   * @return whether a model type binds it
   */
  public static boolean isModelled(String apiVersion, String kind) {
    return ResourceKinds.lookup(apiVersion, kind).isPresent();
  }

  /** The API group of an {@code apiVersion}: {@code ""} for the core group ({@code v1}). */
  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The served versions of a group the SDK knows, each with its kinds; empty for other groups. */
  private static Map<String, Set<String>> kindsOf(String group) {
    return BY_GROUP.getOrDefault(group, Map.of());
  }
}
