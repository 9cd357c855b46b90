package dev.dvp.ipam;

/** Which free address an automatic IP claim takes. */
public enum AllocationOrder {
  /**
   * DVP's order: the lowest free address, CIDRs in the configured order, each walked upwards from its address as
   * written. The default.
   */
  LOWEST_FREE,
  /**
   * A uniformly random free address, drawn from the pool's injected {@link java.util.random.RandomGenerator}: what
   * DVP's user guide describes ("a random IP address from a shared pool"), though DVP's code does not do it.
   */
  RANDOM
}
