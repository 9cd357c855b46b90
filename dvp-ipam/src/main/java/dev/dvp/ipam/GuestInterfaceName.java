package dev.dvp.ipam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The guest-side name DVP gives the interface of an additional network
 * ({@code images/virtualization-artifact/pkg/common/network/spec.go}): {@code veth_n} for a Network, {@code veth_cn}
 * for a ClusterNetwork, then the first 8 hex digits of the MD5 of the exact MAC string.
 *
 * <pre>{@code
 * GuestInterfaceName.of("5e:e6:19:22:0f:d8", false);   // veth_n7e9b0b01
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class GuestInterfaceName {
  private GuestInterfaceName() {}

  /**
   * Returns the interface name.
   *
   * @param mac the MAC exactly as DVP holds it (lowercase with colons in {@code status.networks})
   * @param clusterNetwork {@code true} for a ClusterNetwork, {@code false} for a Network
   * @return e.g. {@code veth_n7e9b0b01}
   */
  public static String of(String mac, boolean clusterNetwork) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(mac.getBytes(StandardCharsets.UTF_8));
      return (clusterNetwork ? "veth_cn" : "veth_n") + HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides MD5", e);
    }
  }
}
