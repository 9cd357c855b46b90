package dev.dvp.ipam;

import dev.dvp.model.Finding;
import java.util.List;

/**
 * A pool rebuilt from lease objects, and what was wrong with them (see {@link IpPool#rebuild}).
 *
 * <p>Immutable and thread-safe (the pool is itself thread-safe).
 *
 * @param pool the rebuilt pool
 * @param findings duplicates, unreadable names, leases outside every CIDR and leases without a reference, each about
 *     the lease object concerned
 */
public record IpPoolRebuild(IpPool pool, List<Finding> findings) {
  /** Copies the findings. */
  public IpPoolRebuild {
    findings = List.copyOf(findings);
  }
}
