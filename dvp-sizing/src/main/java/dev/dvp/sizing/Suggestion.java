package dev.dvp.sizing;

import dev.dvp.model.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * A configuration near a rejected one that DVP would accept: the SDK's advice, beyond DVP (DVP names neighbours
 * only for step errors). Each suggestion is a complete CPU/memory configuration that passes the class's sizing
 * check and the CPU-count rule; {@link #changed()} says which fields differ from the VM's.
 *
 * <pre>{@code
 * SizingVerdict v = Sizing.check(vm, vmClass);  // 2 cores, 9Gi against 1-4 cores: 1Gi..8Gi
 * v.suggestions().get(0).summary();             // "memory 8Gi"
 * v.suggestions().get(1).summary();             // "5-8 cores with 9Gi"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param cores {@code spec.cpu.cores}
 * @param coreFraction {@code spec.cpu.coreFraction}; empty when the VM sets none and none is needed
 * @param memory {@code spec.memory.size}
 * @param changed the JSON paths of the fields that differ from the VM's, in spec order
 * @param coresUpTo the largest core count such that every count from {@code cores} up to it is valid with the same
 *     coreFraction and memory (equal to {@code cores} when only that count is)
 * @param summary the change in words, e.g. {@code memory 8Gi} or {@code 5-8 cores with 9Gi}
 */
public record Suggestion(int cores, Optional<String> coreFraction, Quantity memory, List<String> changed,
    int coresUpTo, String summary) {
  /**
   * Checks the record.
   *
   * @throws IllegalArgumentException when an argument is null or the cores are below 1
   */
  public Suggestion {
    if (coreFraction == null || memory == null || changed == null || summary == null || cores < 1) {
      throw new IllegalArgumentException("a Suggestion needs cores >= 1, a coreFraction (Optional), a memory size, "
          + "the changed paths and a summary");
    }
    changed = List.copyOf(changed);
  }
}
