package dev.dvp.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Violation;
import java.util.Comparator;
import java.util.Optional;

/**
 * The StorageClasses of an {@link AdmissionContext} as DVP's VD and VI webhooks see them: lookup by name, the
 * deprecated-provisioner label, CSI provisioners and the cluster default (annotation
 * {@code storageclass.kubernetes.io/is-default-class: "true"}, newest first, then by name). A class the context lacks
 * is "not found" only when the context is {@link AdmissionContext#storageClassesComplete() complete}; otherwise the
 * check is skipped with a note.
 */
final class StorageClasses {
  static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

  private final AdmissionContext context;

  StorageClasses(AdmissionContext context) {
    this.context = context;
  }

  Optional<JsonNode> find(String name) {
    return context.resources().find("StorageClass", "", name).map(ObjectFields::tree);
  }

  /** The cluster's default class among the context's StorageClasses. */
  Optional<String> clusterDefault() {
    return context.resources().ofKind("StorageClass").stream()
        .map(ObjectFields::tree)
        .filter(t -> t.path("metadata").path("annotations").path(DEFAULT_ANNOTATION).asText("").equals("true"))
        .sorted(Comparator.comparing((JsonNode t) -> t.path("metadata").path("creationTimestamp").asText(""))
            .reversed().thenComparing(t -> t.path("metadata").path("name").asText("")))
        .map(t -> t.path("metadata").path("name").asText(""))
        .findFirst();
  }

  /** Resolves a class: the first given candidate, then the module default, then the cluster default. */
  Optional<String> resolve(Optional<String> moduleDefault, String... candidates) {
    for (String c : candidates) {
      if (!c.isEmpty()) {
        return Optional.of(c);
      }
    }
    return moduleDefault.or(this::clusterDefault);
  }

  Optional<String> provisioner(String className) {
    return find(className).map(t -> t.path("provisioner").asText("")).filter(p -> !p.isEmpty());
  }

  /**
   * The existence and deprecation checks of an explicitly named class.
   *
   * @param name the class
   * @param path the field naming it
   * @param notFoundPrefix {@code storage class} on CREATE, {@code target storage class} on UPDATE
   * @return an error, a note when the class is unknown to an incomplete context, or nothing
   */
  Optional<Violation> checkExplicit(String name, String path, String notFoundPrefix) {
    Optional<JsonNode> sc = find(name);
    if (sc.isEmpty()) {
      return Optional.of(context.storageClassesComplete()
          ? Violation.error(path, "dvp.storageClass.notFound", notFoundPrefix + " \"" + name + "\" not found")
          : UnknownFacts.warning(path, "storageClasses", UnknownFacts.STORAGE_CLASSES));
    }
    if (sc.get().path("metadata").path("labels").path("module").asText("").equals("local-path-provisioner")) {
      return Optional.of(Violation.error(path, "dvp.storageClass.deprecated", "the provisioner of the \"" + name
          + "\" storage class is deprecated; please use a different one"));
    }
    return Optional.empty();
  }

  static Violation notChecked(String path, String message) {
    return Violation.warning(path, "sdk.note.storageClassNotChecked", message);
  }

}
