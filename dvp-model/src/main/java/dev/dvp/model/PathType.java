package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How an Ingress path is matched ({@code spec.rules[].http.paths[].pathType}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class PathType extends OpenEnum<PathType> {
  /** The URL path must equal the path exactly (case-sensitive). */
  public static final PathType EXACT = new PathType("Exact", true);
  /** Matching is up to the IngressClass; this SDK matches it as {@code Prefix}. */
  public static final PathType IMPLEMENTATION_SPECIFIC = new PathType("ImplementationSpecific", true);
  /** The URL path must start with the path, element by element split on {@code /}. */
  public static final PathType PREFIX = new PathType("Prefix", true);

  private static final OpenEnumMembers<PathType> MEMBERS =
      new OpenEnumMembers<>(v -> new PathType(v, false), EXACT, IMPLEMENTATION_SPECIFIC, PREFIX);

  private PathType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Exact"}
   * @return the member
   */
  @JsonCreator
  public static PathType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<PathType> knownValues() {
    return MEMBERS.known();
  }
}
