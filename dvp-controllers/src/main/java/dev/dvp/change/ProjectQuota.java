package dev.dvp.change;

import dev.dvp.model.Quantity;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Kubernetes {@code ResourceQuota} of the VM's namespace, as far as DVP's hot-plug check reads it: its name, the
 * hard limits ({@code status.hard}, or {@code spec.hard} when the status has none) and the amounts used
 * ({@code status.used}), keyed by resource name ({@code requests.cpu}, {@code requests.memory}).
 *
 * <pre>{@code
 * ProjectQuota q = ProjectQuota.of("compute",
 *     Map.of("requests.cpu", Quantity.parse("4")), Map.of("requests.cpu", Quantity.parse("3")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ProjectQuota extends WithProjectQuota {
  /** The resource name of the CPU request quota. */
  String REQUESTS_CPU = "requests.cpu";
  /** The resource name of the memory request quota. */
  String REQUESTS_MEMORY = "requests.memory";

  /** @return the quota's {@code metadata.name} */
  String name();

  /** @return the hard limits by resource name; a resource without one is not limited */
  Map<String, Quantity> hard();

  /** @return the amounts in use by resource name; a missing one counts as zero */
  Map<String, Quantity> used();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableProjectQuota.Builder builder() {
    return ImmutableProjectQuota.builder();
  }

  /**
   * Returns a quota.
   *
   * @param name its name
   * @param hard the hard limits by resource name
   * @param used the amounts used by resource name
   * @return the quota
   */
  static ProjectQuota of(String name, Map<String, Quantity> hard, Map<String, Quantity> used) {
    return builder().name(name).putAllHard(hard).putAllUsed(used).build();
  }
}
