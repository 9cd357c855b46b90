package dev.dvp.change;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link Patch#applyTo(VirtualMachine)}: the patched VM when the API server would accept it, or the
 * unchanged VM and the reasons it would reject the patch (structural violations with their JSON paths, or why the
 * patch does not apply).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PatchResult extends WithPatchResult {
  /** @return whether the patch was accepted */
  boolean accepted();

  /** @return the patched VM when accepted; the original, unchanged VM when rejected */
  VirtualMachine virtualMachine();

  /** @return why the patch was rejected (errors), or warnings of an accepted patch */
  List<Violation> violations();

  /** Checks that a rejection has a reason and an acceptance has no error. */
  @Value.Check
  default void check() {
    boolean errors = violations().stream().anyMatch(Violation::isError);
    if (accepted() == errors) {
      throw new IllegalArgumentException(accepted()
          ? "an accepted PatchResult cannot carry errors; got " + violations()
          : "a rejected PatchResult needs at least one error violation saying why");
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePatchResult.Builder builder() {
    return ImmutablePatchResult.builder();
  }
}
