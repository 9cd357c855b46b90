package dev.dvp.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether DVP would carry out an operation on a VM now, and if not, the {@code Completed} condition reason and
 * message it would fail the operation with.
 *
 * @param allowed {@code true} when the operation applies to the VM's runPolicy and phase
 * @param reason {@code NotApplicableForVirtualMachineRunPolicy} or {@code NotApplicableForVirtualMachinePhase}; empty
 *     when allowed
 * @param message DVP's message, e.g. {@code Operation type Start is not applicable for VirtualMachine with runPolicy
 *     AlwaysOn}; empty when allowed
 */
public record Applicability(boolean allowed, Optional<String> reason, Optional<String> message) {
  /** The reason for an operation the runPolicy forbids. */
  public static final String NOT_APPLICABLE_FOR_RUN_POLICY = "NotApplicableForVirtualMachineRunPolicy";
  /** The reason for an operation the VM's phase forbids. */
  public static final String NOT_APPLICABLE_FOR_PHASE = "NotApplicableForVirtualMachinePhase";

  /**
   * Checks the shape.
   *
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if reason/message are present on an allowed verdict or missing on a refusal
   */
  public Applicability {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (allowed == (reason.isPresent() || message.isPresent())) {
      throw new IllegalArgumentException("an allowed verdict has no reason; a refusal has a reason and a message");
    }
  }

  static Applicability yes() {
    return new Applicability(true, Optional.empty(), Optional.empty());
  }

  static Applicability no(String reason, String message) {
    return new Applicability(false, Optional.of(reason), Optional.of(message));
  }
}
