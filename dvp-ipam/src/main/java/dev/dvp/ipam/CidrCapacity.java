package dev.dvp.ipam;

/**
 * How full one CIDR of a pool is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cidr the prefix as written
 * @param autoAddresses how many addresses automatic allocation may take from it
 * @param leased how many leases (bound, released or new) hold an address of it
 * @param free how many of its automatic addresses are free
 */
public record CidrCapacity(String cidr, long autoAddresses, long leased, long free) {}
