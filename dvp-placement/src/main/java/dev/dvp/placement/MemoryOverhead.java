package dev.dvp.placement;

/**
 * How much memory the virt-launcher pod requests beyond the guest memory (KubeVirt's
 * {@code pkg/virt-controller/services/renderresources.go} {@code GetMemoryOverhead}).
 *
 * <p>The DVP KubeVirt fork computes the real overhead and its patch is not public, so the model is a choice the
 * caller makes; every {@link Placement} names the model it used.
 */
public enum MemoryOverhead {
  /** The pod requests exactly {@code spec.memory.size}. */
  NONE("none"),
  /**
   * The only part DVP documents: 8 MiB per active vCPU on top of {@code spec.memory.size} ({@code docs/USER_GUIDE.md}).
   */
  DOCUMENTED("documented: 8Mi per vCPU");

  private final String description;

  MemoryOverhead(String description) {
    this.description = description;
  }

  /**
   * Returns a short description for results and reports.
   *
   * @return e.g. {@code "documented: 8Mi per vCPU"}
   */
  public String description() {
    return description;
  }
}
