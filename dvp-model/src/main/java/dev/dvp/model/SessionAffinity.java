package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Whether a Service sends one client to one endpoint ({@code spec.sessionAffinity}); Kubernetes defaults it to {@code None}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class SessionAffinity extends OpenEnum<SessionAffinity> {
  /** Sticky by client IP. */
  public static final SessionAffinity CLIENT_IP = new SessionAffinity("ClientIP", true);
  /** No affinity. */
  public static final SessionAffinity NONE = new SessionAffinity("None", true);

  private static final OpenEnumMembers<SessionAffinity> MEMBERS =
      new OpenEnumMembers<>(v -> new SessionAffinity(v, false), CLIENT_IP, NONE);

  private SessionAffinity(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ClientIP"}
   * @return the member
   */
  @JsonCreator
  public static SessionAffinity of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<SessionAffinity> knownValues() {
    return MEMBERS.known();
  }
}
