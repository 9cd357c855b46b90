package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.Quantity;

/**
 * How much memory the virt-launcher pod needs beyond the guest's (KubeVirt's
 * {@code pkg/virt-controller/services/renderresources.go} {@code GetMemoryOverhead}). DVP computes it in its KubeVirt
 * fork, whose patch is not public; so the model is a choice, and every {@link ResourceRequests} says which one it
 * used. dvp-placement's launcher pods request the guest memory plus this overhead.
 */
public enum MemoryOverhead {
  /** No overhead: the request is the guest memory. */
  NONE("none") {
    @Override
    public Quantity of(CpuTopology topology, Quantity guestMemory) {
      return Quantity.ZERO;
    }
  },
  /** The only part DVP documents ({@code docs/USER_GUIDE.md}): 8 MiB per active vCPU (sockets × cores per socket). */
  DOCUMENTED("documented: 8Mi per vCPU") {
    @Override
    public Quantity of(CpuTopology topology, Quantity guestMemory) {
      return Quantity.ofBytes((long) topology.sockets() * topology.coresPerSocket() * (8L << 20));
    }
  };

  private final String description;

  MemoryOverhead(String description) {
    this.description = description;
  }

  /**
   * Returns a short description for results and reports (e.g. {@code dvp place}).
   *
   * @return {@code "none"} or {@code "documented: 8Mi per vCPU"}
   */
  public String description() {
    return description;
  }

  /**
   * The overhead for a VM.
   *
   * @param topology the VM's CPU topology
   * @param guestMemory {@code spec.memory.size}
   * @return the memory on top of the guest's
   */
  public abstract Quantity of(CpuTopology topology, Quantity guestMemory);
}
