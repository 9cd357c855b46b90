package dev.dvp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The API server's checks of an object's {@code metadata} on CREATE, as Kubernetes 1.35 words them:
 * {@code ValidateObjectMetaAccessor} and {@code validateObjectMetaAccessorWithOptsCommon} of
 * {@code k8s.io/apimachinery/pkg/api/validation/objectmeta.go}, with {@code ValidateLabels} of
 * {@code k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go}, {@code ValidateAnnotations},
 * {@code ValidateFinalizers} and {@code validateOwnerReference} of {@code objectmeta.go}.
 *
 * <p>The name rule depends on the kind ({@link NameRule#of}). The namespace is only checked when the manifest
 * gives one: a namespaced object without one gets the request's namespace (kubectl's context), and the API server
 * clears the namespace of a cluster-scoped object before validating it ({@code rest.BeforeCreate} in
 * {@code k8s.io/apiserver/pkg/registry/rest/create.go}), so neither is an error offline. The kinds known to be
 * cluster-scoped ({@link #CLUSTER_SCOPED}) therefore get no namespace check; any other kind is taken as namespaced.
 *
 * <p>DVP's own name limits (the 63-character VirtualMachine name, the dot in disk and image names) are its
 * webhooks' and live in the admission package, which reports them with DVP's messages.
 */
final class ObjectMetaRules {
  /** {@code TotalAnnotationSizeLimitB}: 256 KiB of keys and values together. */
  static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
  /** {@code metav1.FinalizerOrphanDependents}. */
  static final String FINALIZER_ORPHAN = "orphan";
  /** {@code metav1.FinalizerDeleteDependents}. */
  static final String FINALIZER_DELETE = "foregroundDeletion";

  /**
   * Cluster-scoped kinds as {@code <group>/<kind>}: DVP's (the {@code scope} of their CRDs), Deckhouse's ModuleConfig
   * and the built-in ones a DVP manifest may carry.
   */
  static final Set<String> CLUSTER_SCOPED = Set.of(
      "virtualization.deckhouse.io/ClusterVirtualImage", "virtualization.deckhouse.io/VirtualMachineClass",
      "virtualization.deckhouse.io/VirtualMachineIPAddressLease",
      "virtualization.deckhouse.io/VirtualMachineMACAddressLease", "deckhouse.io/ModuleConfig",
      "/Node", "/Namespace", "/PersistentVolume",
      "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
      "storage.k8s.io/StorageClass", "storage.k8s.io/CSIDriver", "storage.k8s.io/CSINode",
      "storage.k8s.io/VolumeAttachment", "apiextensions.k8s.io/CustomResourceDefinition",
      "scheduling.k8s.io/PriorityClass", "networking.k8s.io/IngressClass", "node.k8s.io/RuntimeClass",
      "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
      "admissionregistration.k8s.io/MutatingWebhookConfiguration",
      "apiregistration.k8s.io/APIService", "certificates.k8s.io/CertificateSigningRequest");

  private ObjectMetaRules() {}

  /** The API group of an {@code apiVersion}: empty for the core group ({@code v1}). */
  static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /**
   * The name syntax a kind's validation passes to {@code ValidateObjectMeta} as its {@code ValidateNameFunc}.
   */
  enum NameRule {
    /**
     * {@code NameIsDNSSubdomain}: custom resources ({@code customResourceValidator.Validate} in
     * {@code k8s.io/apiextensions-apiserver/pkg/registry/customresource/validator.go}) and most built-in kinds
     * (Node, Secret, Ingress, ConfigMap, Pod, ... in {@code pkg/apis/core/validation/validation.go}).
     */
    DNS_SUBDOMAIN(KubernetesNames::dns1123Subdomain),
    /** {@code NameIsDNSLabel}: Namespace ({@code ValidateNamespaceName}). */
    DNS_LABEL(KubernetesNames::dns1123Label),
    /** {@code NameIsDNS1035Label}: Service ({@code ValidateServiceName}). */
    DNS1035_LABEL(KubernetesNames::dns1035Label),
    /**
     * {@code path.IsValidPathSegmentName}: Role, ClusterRole, RoleBinding, ClusterRoleBinding
     * ({@code ValidateRBACName} in {@code pkg/apis/rbac/validation/validation.go}), whose names such as
     * {@code system:controller:foo} are no DNS names.
     */
    PATH_SEGMENT(KubernetesNames::pathSegmentName);

    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    private final Function<String, List<String>> check;

    NameRule(Function<String, List<String>> check) {
      this.check = check;
    }

    /** The rule of a kind, found from its API group and kind. */
    static NameRule of(String apiVersion, String kind) {
      String group = group(apiVersion);
      if (group.isEmpty() && kind.equals("Service")) {
        return DNS1035_LABEL;
      }
      if (group.isEmpty() && kind.equals("Namespace")) {
        return DNS_LABEL;
      }
      if (group.equals(RBAC_GROUP) && (kind.equals("Role") || kind.equals("ClusterRole")
          || kind.equals("RoleBinding") || kind.equals("ClusterRoleBinding"))) {
        return PATH_SEGMENT;
      }
      return DNS_SUBDOMAIN;
    }

    /**
     * The {@code ValidateNameFunc}: for a {@code generateName} prefix ({@code prefix} true) a trailing dash is
     * masked first, since random characters will follow it.
     */
    List<String> check(String name, boolean prefix) {
      if (prefix && this != PATH_SEGMENT) {
        name = maskTrailingDash(name);
      }
      return check.apply(name);
    }
  }

  /**
   * {@code maskTrailingDash} of {@code k8s.io/apimachinery/pkg/api/validation/generic.go}: upstream replaces the
   * last <em>two</em> characters with {@code a} when the text ends with a dash, so {@code "ab.-"} passes as
   * {@code "aba"}; reproduced as written.
   */
  static String maskTrailingDash(String name) {
    if (name.length() > 1 && name.endsWith("-")) {
      return name.substring(0, name.length() - 2) + "a";
    }
    return name;
  }

  /**
   * Checks the metadata of one object.
   *
   * @param resource the object
   * @return the violations, at paths such as {@code metadata.name}; empty when the metadata is valid
   */
  static List<Violation> check(Resource resource) {
    ObjectMeta meta = resource.metadata();
    NameRule rule = NameRule.of(resource.apiVersion(), resource.kind());
    List<Violation> out = new ArrayList<>(1);
    String generateName = meta.generateName().orElse("");
    String name = meta.name().orElse("");
    if (!generateName.isEmpty()) {
      invalid(out, "metadata.generateName", generateName, rule.check(generateName, true));
    }
    if (name.isEmpty()) {
      // The API server generates a name from generateName before it validates (rest.BeforeCreate).
      if (generateName.isEmpty()) {
        out.add(Violation.error("metadata.name", "required", "Required value: name or generateName is required"));
      }
    } else {
      invalid(out, "metadata.name", name, rule.check(name, false));
    }
    boolean clusterScoped = CLUSTER_SCOPED.contains(group(resource.apiVersion()) + "/" + resource.kind());
    meta.namespace().filter(ns -> !ns.isEmpty() && !clusterScoped)
        .ifPresent(ns -> invalid(out, "metadata.namespace", ns, KubernetesNames.dns1123Label(ns)));
    meta.generation().filter(g -> g < 0).ifPresent(g -> out.add(Violation.error("metadata.generation", "invalid",
        "Invalid value: " + g + ": must be greater than or equal to 0")));
    for (Map.Entry<String, String> label : meta.labels().entrySet()) {
      invalid(out, "metadata.labels", label.getKey(), KubernetesNames.labelKey(label.getKey()));
      invalid(out, "metadata.labels", label.getValue(), KubernetesNames.apiServerLabelValue(label.getValue()));
    }
    checkAnnotations(meta.annotations(), out);
    checkOwnerReferences(meta.ownerReferences(), out);
    checkFinalizers(meta.finalizers(), out);
    return out;
  }

  private static void checkAnnotations(Map<String, String> annotations, List<Violation> out) {
    long size = 0;
    for (Map.Entry<String, String> annotation : annotations.entrySet()) {
      String key = annotation.getKey();
      // Upstream: "The rule is QualifiedName except that case doesn't matter, so convert to lowercase".
      invalid(out, "metadata.annotations", key, KubernetesNames.labelKey(key.toLowerCase(Locale.ROOT)));
      size += KubernetesNames.byteLength(key) + KubernetesNames.byteLength(annotation.getValue());
    }
    if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
      out.add(Violation.error("metadata.annotations", "maxLength",
          "Too long: may not be more than " + TOTAL_ANNOTATION_SIZE_LIMIT + " bytes"));
    }
  }

  /**
   * {@code validateOwnerReference} as of Kubernetes 1.35: the fields' paths carry no index. Not checked: the Event
   * owner ban and the single-controller rule, whose messages print Go structs.
   */
  private static void checkOwnerReferences(List<OwnerReference> references, List<Violation> out) {
    for (OwnerReference reference : references) {
      if (version(reference.apiVersion()).isEmpty()) {
        out.add(Violation.error("metadata.ownerReferences.apiVersion", "invalid", "Invalid value: "
            + StructuralValidator.quote(reference.apiVersion()) + ": version must not be empty"));
      }
      mustNotBeEmpty(out, "metadata.ownerReferences.kind", reference.kind());
      mustNotBeEmpty(out, "metadata.ownerReferences.name", reference.name());
      mustNotBeEmpty(out, "metadata.ownerReferences.uid", reference.uid());
    }
  }

  /** The version {@code schema.ParseGroupVersion} finds: none in {@code a/b/c} or {@code apps/}. */
  private static String version(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    if (slash < 0) {
      return apiVersion;
    }
    return apiVersion.indexOf('/', slash + 1) >= 0 ? "" : apiVersion.substring(slash + 1);
  }

  private static void mustNotBeEmpty(List<Violation> out, String path, String value) {
    if (value.isEmpty()) {
      out.add(Violation.error(path, "invalid", "Invalid value: \"\": must not be empty"));
    }
  }

  private static void checkFinalizers(List<String> finalizers, List<Violation> out) {
    for (String finalizer : finalizers) {
      invalid(out, "metadata.finalizers", finalizer, KubernetesNames.labelKey(finalizer));
    }
    if (finalizers.contains(FINALIZER_ORPHAN) && finalizers.contains(FINALIZER_DELETE)) {
      StringBuilder slice = new StringBuilder("[]string{");
      for (int i = 0; i < finalizers.size(); i++) {
        slice.append(i > 0 ? ", " : "").append(StructuralValidator.quote(finalizers.get(i)));
      }
      out.add(Violation.error("metadata.finalizers", "invalid", "Invalid value: " + slice.append('}') + ": finalizer "
          + FINALIZER_ORPHAN + " and " + FINALIZER_DELETE + " cannot be both set"));
    }
  }

  private static void invalid(List<Violation> out, String path, String value, List<String> messages) {
    for (String message : messages) {
      out.add(Violation.error(path, "invalid", "Invalid value: " + StructuralValidator.quote(value) + ": " + message));
    }
  }
}
