package dev.dvp.ipam;

import dev.dvp.model.Finding;
import java.util.List;

/**
 * A MAC pool rebuilt from lease objects, and what was wrong with them (see {@link MacPool#rebuild}).
 *
 * <p>Immutable and thread-safe (the pool is itself thread-safe).
 *
 * @param pool the rebuilt pool
 * @param findings duplicates, unreadable names and leases without a reference
 */
public record MacPoolRebuild(MacPool pool, List<Finding> findings) {
  /** Copies the findings. */
  public MacPoolRebuild {
    findings = List.copyOf(findings);
  }
}
