package dev.dvp.migration;

/**
 * One {@code query-migrate}-like sample of a running migration (QEMU's {@code migration/migration.c}
 * {@code populate_time_info}, {@code populate_ram_info}). Immutable; thread-safe.
 *
 * @param timeSeconds seconds since the transfer started
 * @param remainingBytes {@code ram.remaining}: pages set in the migration bitmap × 4096
 * @param transferredBytes {@code ram.transferred}: wire bytes sent so far
 * @param dirtyPagesRate {@code ram.dirty-pages-rate}: newly dirtied pages per second of the last period
 * @param expectedDowntimeMs {@code expected-downtime}: pending bytes at the last sync / bandwidth (starts at the limit)
 * @param throttlePercent {@code cpu-throttle-percentage}, 0 when the throttle is off
 * @param dirtySyncCount {@code ram.dirty-sync-count}
 * @param workloadDirtyRate the workload's effective write rate at this time after throttling, bytes/s
 */
public record MigrationSample(double timeSeconds, long remainingBytes, long transferredBytes, long dirtyPagesRate,
                              long expectedDowntimeMs, int throttlePercent, int dirtySyncCount,
                              long workloadDirtyRate) {
}
