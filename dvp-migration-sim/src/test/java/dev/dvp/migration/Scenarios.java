package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import java.time.Duration;

/** Scenario shorthands shared by the tests. */
final class Scenarios {

    static final long MI = 1L << 20;
    static final long GI = 1L << 30;

    private Scenarios() {
    }

    /** AC off (AlwaysSafe), QEMU 7.2 behaviour, DVP path. */
    static ImmutableMigrationScenario.Builder safe(long memory, long rate, long workingSet) {
        return MigrationScenario.builder().memoryBytes(memory)
                .workload(Workload.builder().dirtyRate(rate).workingSetBytes(workingSet).build())
                .policy(LiveMigrationPolicy.ALWAYS_SAFE);
    }

    static MigrationPath path(long bandwidth, long link) {
        return MigrationPath.builder().bandwidthPerMigration(bandwidth).linkBandwidth(link).build();
    }

    static QemuSettings qemu72() {
        return QemuSettings.builder().periodicSync(Duration.ZERO).build();
    }
}
