package dev.dvp.migration;

/**
 * {@code VirtualMachineOperation.status.phase} values a migration VMOP goes through. Immutable; thread-safe.
 */
public enum VmopPhase {
    /** Waiting: queued, waiting for slots or for the policy check. */
    PENDING("Pending"),
    /** Target preparation or memory transfer in progress. */
    IN_PROGRESS("InProgress"),
    /** The VM runs on the target. */
    COMPLETED("Completed"),
    /** The operation failed; the VM stays on the source. */
    FAILED("Failed");

    private final String wireName;

    VmopPhase(String wireName) {
        this.wireName = wireName;
    }

    /** The value as it appears in {@code status.phase}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
