package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The dual-stack policy of a Service ({@code spec.ipFamilyPolicy}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class IpFamilyPolicy extends OpenEnum<IpFamilyPolicy> {
  /** Two families where the cluster supports them, else one. */
  public static final IpFamilyPolicy PREFER_DUAL_STACK = new IpFamilyPolicy("PreferDualStack", true);
  /** Two families, or the Service is rejected. */
  public static final IpFamilyPolicy REQUIRE_DUAL_STACK = new IpFamilyPolicy("RequireDualStack", true);
  /** One family. */
  public static final IpFamilyPolicy SINGLE_STACK = new IpFamilyPolicy("SingleStack", true);

  private static final OpenEnumMembers<IpFamilyPolicy> MEMBERS =
      new OpenEnumMembers<>(v -> new IpFamilyPolicy(v, false), PREFER_DUAL_STACK, REQUIRE_DUAL_STACK, SINGLE_STACK);

  private IpFamilyPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "PreferDualStack"}
   * @return the member
   */
  @JsonCreator
  public static IpFamilyPolicy of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<IpFamilyPolicy> knownValues() {
    return MEMBERS.known();
  }
}
