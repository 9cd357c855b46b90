package dev.dvp.ipam;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of an {@link IpPool}: its CIDRs as written, its retention and its leases in address order. Two pools
 * with equal snapshots answer every question alike; {@code IpPool.rebuild(.., pool.export(), ..).pool().state()}
 * equals {@code pool.state()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cidrs the configured CIDRs, as written, in order
 * @param retention the retention of released leases
 * @param leases every lease, sorted by address
 */
public record IpPoolState(List<String> cidrs, Duration retention, List<IpLease> leases) {
  /** Copies the lists. */
  public IpPoolState {
    cidrs = List.copyOf(cidrs);
    leases = List.copyOf(leases);
  }
}
