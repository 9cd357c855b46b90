package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * An IP family of a Service ({@code spec.ipFamilies[]}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class IpFamily extends OpenEnum<IpFamily> {
  /** IPv4. */
  public static final IpFamily IPV4 = new IpFamily("IPv4", true);
  /** IPv6. */
  public static final IpFamily IPV6 = new IpFamily("IPv6", true);

  private static final OpenEnumMembers<IpFamily> MEMBERS =
      new OpenEnumMembers<>(v -> new IpFamily(v, false), IPV4, IPV6);

  private IpFamily(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "IPv4"}
   * @return the member
   */
  @JsonCreator
  public static IpFamily of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<IpFamily> knownValues() {
    return MEMBERS.known();
  }
}
