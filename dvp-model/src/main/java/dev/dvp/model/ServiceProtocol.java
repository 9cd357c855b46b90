package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The IP protocol of a Service port ({@code spec.ports[].protocol}); Kubernetes defaults it to {@code TCP}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ServiceProtocol extends OpenEnum<ServiceProtocol> {
  /** SCTP. */
  public static final ServiceProtocol SCTP = new ServiceProtocol("SCTP", true);
  /** TCP. */
  public static final ServiceProtocol TCP = new ServiceProtocol("TCP", true);
  /** UDP. */
  public static final ServiceProtocol UDP = new ServiceProtocol("UDP", true);

  private static final OpenEnumMembers<ServiceProtocol> MEMBERS =
      new OpenEnumMembers<>(v -> new ServiceProtocol(v, false), SCTP, TCP, UDP);

  private ServiceProtocol(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "SCTP"}
   * @return the member
   */
  @JsonCreator
  public static ServiceProtocol of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<ServiceProtocol> knownValues() {
    return MEMBERS.known();
  }
}
