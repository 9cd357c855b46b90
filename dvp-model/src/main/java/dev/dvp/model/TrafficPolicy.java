package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a Service routes traffic to endpoints ({@code spec.externalTrafficPolicy}, {@code spec.internalTrafficPolicy}); Kubernetes defaults both to {@code Cluster}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class TrafficPolicy extends OpenEnum<TrafficPolicy> {
  /** Any ready endpoint in the cluster. */
  public static final TrafficPolicy CLUSTER = new TrafficPolicy("Cluster", true);
  /** Only endpoints on the node that received the traffic. */
  public static final TrafficPolicy LOCAL = new TrafficPolicy("Local", true);

  private static final OpenEnumMembers<TrafficPolicy> MEMBERS =
      new OpenEnumMembers<>(v -> new TrafficPolicy(v, false), CLUSTER, LOCAL);

  private TrafficPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Cluster"}
   * @return the member
   */
  @JsonCreator
  public static TrafficPolicy of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members Kubernetes defines, sorted as Kubernetes lists them in error messages */
  public static List<TrafficPolicy> knownValues() {
    return MEMBERS.known();
  }
}
