package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Simulates a drain or evacuation: many VMs leave their nodes as system {@code Evict} VMOPs (no {@code force}), under
 * KubeVirt's cluster and outbound-per-node limits and DVP's inbound (target) and sync (source) slots (KubeVirt's
 * {@code pkg/virt-controller/watch/migration/migration.go}, DVP's
 * {@code images/virtualization-artifact/pkg/livemigration/migration_configuration.go}). All VMOPs are created at time 0
 * in the order given; a blocked migration retries every {@link ConcurrencyLimits#requeueInterval()} (first come, first
 * served). Each VM's transfer is simulated by {@link MigrationSimulator}; its duration does not depend on when it
 * starts.
 *
 * <pre>{@code
 * EvacuationResult r = EvacuationSimulator.using(MigrationSimulator.create())
 *         .run(moves, ConcurrencyLimits.dvpDefault());
 * r.totalTime(); r.failures();
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class EvacuationSimulator {

    private final MigrationSimulator simulator;

    private EvacuationSimulator(MigrationSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /** An evacuation simulator that runs each migration with {@code simulator}. */
    public static EvacuationSimulator using(MigrationSimulator simulator) {
        return new EvacuationSimulator(simulator);
    }

    /**
     * Runs the evacuation.
     *
     * @param moves the VMs to move (VM names unique)
     * @param limits the concurrency limits
     * @return every VM's timeline and the total time
     */
    public EvacuationResult run(List<EvacuationMove> moves, ConcurrencyLimits limits) {
        Objects.requireNonNull(moves, "moves");
        Objects.requireNonNull(limits, "limits");
        Set<String> names = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        for (EvacuationMove m : moves) {
            if (!names.add(m.vmName())) {
                throw new IllegalArgumentException("moves: VM " + m.vmName() + " appears twice. Maybe one move per VM?");
            }
            nodes.add(m.sourceNode());
            nodes.add(m.targetNode());
        }
        int clusterLimit = limits.clusterLimit(nodes.size());
        Map<MigrationScenario, MigrationOutcome> cache = new HashMap<>();
        List<Slot> slots = new ArrayList<>(moves.size());
        for (EvacuationMove m : moves) {
            MigrationScenario s = ImmutableMigrationScenario.copyOf(m.scenario()).withForce(Optional.empty())
                    .withPreconditions(ImmutableVmopPreconditions.copyOf(m.scenario().preconditions())
                            .withVmopType(VirtualMachineOperationType.EVICT));
            slots.add(new Slot(m, cache.computeIfAbsent(s, simulator::run)));
        }
        long requeue = limits.requeueInterval().toNanos();
        long prep = limits.targetPreparation().toNanos();
        Map<String, Integer> outbound = new HashMap<>();
        Map<String, Integer> inbound = new HashMap<>();
        Map<String, Integer> sync = new HashMap<>();
        int running = 0;
        int open = 0;
        for (Slot s : slots) {
            if (s.result.failedBeforeStart()) {
                s.state = State.DONE;
            } else {
                open++;
            }
        }
        long t = 0;
        while (open > 0) {
            for (Slot s : slots) {
                if (s.state == State.TRANSFERRING && s.finishedAt <= t) {
                    s.state = State.DONE;
                    open--;
                    running--;
                    decrement(outbound, s.move.sourceNode());
                    decrement(inbound, s.move.targetNode());
                    decrement(sync, s.move.sourceNode());
                }
            }
            for (Slot s : slots) {
                if (s.nextCheck > t) {
                    continue;
                }
                if (s.state == State.QUEUED) {
                    if (running < clusterLimit
                            && count(outbound, s.move.sourceNode()) < limits.parallelOutboundMigrationsPerNode()) {
                        running++;
                        outbound.merge(s.move.sourceNode(), 1, Integer::sum);
                        s.admittedAt = t;
                        s.state = State.PREPARING;
                        s.nextCheck = t + prep;
                    } else {
                        s.nextCheck = t + requeue;
                    }
                }
                if (s.state == State.PREPARING && s.nextCheck <= t) {
                    if (count(inbound, s.move.targetNode()) < limits.parallelInboundMigrationsPerNode()
                            && count(sync, s.move.sourceNode()) < limits.parallelSyncMigrationsPerNode()) {
                        inbound.merge(s.move.targetNode(), 1, Integer::sum);
                        sync.merge(s.move.sourceNode(), 1, Integer::sum);
                        s.startedAt = t;
                        s.finishedAt = t + s.result.totalTime().toNanos();
                        s.state = State.TRANSFERRING;
                        s.nextCheck = Long.MAX_VALUE;
                    } else {
                        s.nextCheck = t + requeue;
                    }
                }
            }
            long next = Long.MAX_VALUE;
            for (Slot s : slots) {
                if (s.state == State.TRANSFERRING) {
                    next = Math.min(next, s.finishedAt);
                } else if (s.state != State.DONE) {
                    next = Math.min(next, s.nextCheck);
                }
            }
            if (next == Long.MAX_VALUE) {
                break;
            }
            t = Math.max(next, t);
        }
        List<EvacuationEntry> entries = new ArrayList<>(slots.size());
        long total = 0;
        for (Slot s : slots) {
            boolean ran = s.startedAt >= 0;
            long end = ran ? s.finishedAt : 0;
            total = Math.max(total, end);
            entries.add(new EvacuationEntry(s.move, EvictionCause.EVACUATION.namePrefix(),
                    s.admittedAt >= 0 ? Optional.of(Duration.ofNanos(s.admittedAt)) : Optional.empty(),
                    ran ? Optional.of(Duration.ofNanos(s.startedAt)) : Optional.empty(), Duration.ofNanos(end),
                    s.result));
        }
        return new EvacuationResult(entries, Duration.ofNanos(total), clusterLimit);
    }

    private static int count(Map<String, Integer> m, String node) {
        return m.getOrDefault(node, 0);
    }

    private static void decrement(Map<String, Integer> m, String node) {
        m.merge(node, -1, Integer::sum);
    }

    private enum State { QUEUED, PREPARING, TRANSFERRING, DONE }

    /** Mutable per-VM bookkeeping of one run. */
    private static final class Slot {
        final EvacuationMove move;
        final MigrationOutcome result;
        State state = State.QUEUED;
        long nextCheck;
        long admittedAt = -1;
        long startedAt = -1;
        long finishedAt;

        Slot(EvacuationMove move, MigrationOutcome result) {
            this.move = move;
            this.result = result;
        }
    }
}
