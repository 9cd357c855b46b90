package dev.dvp.change;

/**
 * DVP's hot-plug feature gates (ModuleConfig {@code virtualization}, {@code .spec.settings.featureGates}). All are
 * off by default and locked off in {@link dev.dvp.model.cluster.Edition#CE}.
 *
 * <p>Immutable and thread-safe.
 */
public enum HotplugFeatureGate {
  /** CPU cores change by live migration to a resized VM. */
  HOTPLUG_CPU_WITH_LIVE_MIGRATION("HotplugCPUWithLiveMigration"),
  /** Memory size grows by live migration to a resized VM. */
  HOTPLUG_MEMORY_WITH_LIVE_MIGRATION("HotplugMemoryWithLiveMigration"),
  /** CPU and memory change by in-place pod resize (needs Kubernetes 1.33 or newer). */
  HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE("HotplugCPUAndMemoryWithInPlaceResize");

  private final String gateName;

  HotplugFeatureGate(String gateName) {
    this.gateName = gateName;
  }

  /**
   * Returns the gate's name as written in the ModuleConfig.
   *
   * @return e.g. {@code HotplugCPUWithLiveMigration}
   */
  public String gateName() {
    return gateName;
  }

  /**
   * Finds a gate by its ModuleConfig name.
   *
   * @param name e.g. {@code HotplugMemoryWithLiveMigration}
   * @return the gate
   * @throws IllegalArgumentException if no gate has that name
   */
  public static HotplugFeatureGate ofGateName(String name) {
    for (HotplugFeatureGate gate : values()) {
      if (gate.gateName.equals(name)) {
        return gate;
      }
    }
    throw new IllegalArgumentException("unknown hot-plug feature gate \"" + name + "\". Maybe one of "
        + "HotplugCPUWithLiveMigration, HotplugMemoryWithLiveMigration, HotplugCPUAndMemoryWithInPlaceResize");
  }
}
