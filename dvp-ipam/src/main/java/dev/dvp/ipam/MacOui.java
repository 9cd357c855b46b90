package dev.dvp.ipam;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cluster's MAC OUI, derived from the cluster UUID ({@code global.discovery.clusterUUID}) exactly as DVP does
 * ({@code images/virtualization-artifact/pkg/controller/vmmac/internal/service/mac_address_service.go}): the first byte
 * of the dash-less UUID whose second hex digit is {@code 2}, {@code 6}, {@code a} or {@code e} starts the three octets
 * (wrapping around past the end); with no such byte, the first three bytes with the second digit replaced by {@code 2}.
 * So the first octet is always locally administered and unicast.
 *
 * <pre>{@code
 * MacOui.fromClusterUuid("17eb5ee6-192c-4048-b79e-a21eaf8b7121");   // Optional[5e:e6:19]
 * MacOui.fromClusterUuid("invalid-uuid");                            // Optional.empty
 * }</pre>
 *
 * <p>Like DVP, only lowercase {@code a} and {@code e} match: an uppercase UUID can give a different OUI
 * ({@code 17EB5EE6-192C-…} gives {@code E6:19:2C}); the case of the UUID is kept. Stateless and thread-safe.
 */
public final class MacOui {
  private static final Pattern UUID =
      Pattern.compile("^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$");

  private MacOui() {}

  /**
   * Derives the OUI.
   *
   * @param clusterUuid the cluster UUID with dashes
   * @return {@code aa:bb:cc} in the UUID's case, or empty when the UUID is malformed (DVP's vmmac controller then
   *     fails to start: {@code wrong format MAC address oui})
   */
  public static Optional<String> fromClusterUuid(String clusterUuid) {
    if (!UUID.matcher(clusterUuid).matches()) {
      return Optional.empty();
    }
    String hex = clusterUuid.replace("-", "");
    String oui = null;
    for (int i = 0; i < 16 && oui == null; i++) {
      char second = hex.charAt(2 * i + 1);
      if (second == '2' || second == '6' || second == 'a' || second == 'e') {
        oui = (hex + hex).substring(2 * i, 2 * i + 6);
      }
    }
    if (oui == null) {
      oui = hex.charAt(0) + "2" + hex.substring(2, 6);
    }
    return Optional.of(oui.substring(0, 2) + ":" + oui.substring(2, 4) + ":" + oui.substring(4, 6));
  }
}
