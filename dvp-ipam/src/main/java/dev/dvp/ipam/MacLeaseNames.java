package dev.dvp.ipam;

import java.util.Locale;

/**
 * DVP's names of MAC leases ({@code pkg/common/mac/mac.go}): {@code 00:1A:2B:3C:4D:5E} is held by the
 * VirtualMachineMACAddressLease {@code mac-00-1a-2b-3c-4d-5e}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MacLeaseNames {
  /** The prefix of every MAC lease name. */
  public static final String PREFIX = "mac-";

  private MacLeaseNames() {}

  /**
   * Returns the lease name of an address as DVP computes it, without checking the address.
   *
   * @param address e.g. {@code "00:1A:2B:3C:4D:5E"}
   * @return lowercase, {@code :} replaced by {@code -}, prefixed with {@code mac-}
   */
  public static String of(String address) {
    return PREFIX + address.toLowerCase(Locale.ROOT).replace(':', '-');
  }

  /**
   * Returns the address a lease name stands for, as DVP decodes it.
   *
   * @param leaseName e.g. {@code "mac-5e-e6-19-22-0f-d8"}
   * @return lowercase with colons, or {@code ""} when the name does not start with {@code mac-} or has nothing after
   */
  public static String addressOf(String leaseName) {
    if (!leaseName.startsWith(PREFIX) || leaseName.length() <= PREFIX.length()) {
      return "";
    }
    return leaseName.substring(PREFIX.length()).replace('-', ':').toLowerCase(Locale.ROOT);
  }
}
