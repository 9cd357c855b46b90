package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The type of a VM network interface ({@code spec.networks[].type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class NetworkType extends OpenEnum<NetworkType> {
  /** The cluster's main network, always present. */
  public static final NetworkType MAIN = new NetworkType("Main", true);
  /** A namespaced network of the sdn module. */
  public static final NetworkType NETWORK = new NetworkType("Network", true);
  /** A cluster-wide network of the sdn module. */
  public static final NetworkType CLUSTER_NETWORK = new NetworkType("ClusterNetwork", true);

  private static final OpenEnumMembers<NetworkType> MEMBERS =
      new OpenEnumMembers<>(v -> new NetworkType(v, false), MAIN, NETWORK, CLUSTER_NETWORK);

  private NetworkType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Main"}
   * @return the member
   */
  @JsonCreator
  public static NetworkType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<NetworkType> knownValues() {
    return MEMBERS.known();
  }
}
