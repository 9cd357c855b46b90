/**
 * IP and MAC address pools and leases of DVP; registers its {@code dvp check} rules as a
 * {@link dev.dvp.model.ResourceSetCheck}.
 */
module dev.dvp.ipam {
  requires transitive dev.dvp.model;

  exports dev.dvp.ipam;

  provides dev.dvp.model.ResourceSetCheck with dev.dvp.ipam.IpamCheck;
}
