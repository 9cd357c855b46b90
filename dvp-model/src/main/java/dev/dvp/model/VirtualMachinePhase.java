package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachine ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachinePhase extends OpenEnum<VirtualMachinePhase> {
  /** The VM is waiting for its dependencies or for scheduling. */
  public static final VirtualMachinePhase PENDING = new VirtualMachinePhase("Pending", true);
  /** The VM is running. */
  public static final VirtualMachinePhase RUNNING = new VirtualMachinePhase("Running", true);
  /** The VM has an error. */
  public static final VirtualMachinePhase DEGRADED = new VirtualMachinePhase("Degraded", true);
  /** The VM is being deleted. */
  public static final VirtualMachinePhase TERMINATING = new VirtualMachinePhase("Terminating", true);
  /** The VM is stopped. */
  public static final VirtualMachinePhase STOPPED = new VirtualMachinePhase("Stopped", true);
  /** The VM is shutting down. */
  public static final VirtualMachinePhase STOPPING = new VirtualMachinePhase("Stopping", true);
  /** The VM is starting. */
  public static final VirtualMachinePhase STARTING = new VirtualMachinePhase("Starting", true);
  /** The VM is being live-migrated to another node. */
  public static final VirtualMachinePhase MIGRATING = new VirtualMachinePhase("Migrating", true);
  /** The VM is paused. */
  public static final VirtualMachinePhase PAUSE = new VirtualMachinePhase("Pause", true);

  private static final OpenEnumMembers<VirtualMachinePhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachinePhase(v, false), PENDING, RUNNING, DEGRADED, TERMINATING, STOPPED, STOPPING, STARTING, MIGRATING, PAUSE);

  private VirtualMachinePhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachinePhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachinePhase> knownValues() {
    return MEMBERS.known();
  }
}
