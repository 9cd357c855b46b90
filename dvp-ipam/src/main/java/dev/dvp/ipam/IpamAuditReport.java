package dev.dvp.ipam;

import dev.dvp.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@link IpamAudit} found: problems by object, and the free capacity of each CIDR.
 *
 * <p>Immutable and thread-safe (the pool is itself thread-safe).
 *
 * @param findings errors and warnings, each about one object of the audited set
 * @param capacity per CIDR, in the configured order; empty without a ModuleConfig
 * @param pool the IP pool rebuilt from the leases, when the set has a ModuleConfig
 */
public record IpamAuditReport(List<Finding> findings, List<CidrCapacity> capacity, Optional<IpPool> pool) {
  /** Copies the lists. */
  public IpamAuditReport {
    findings = List.copyOf(findings);
    capacity = List.copyOf(capacity);
  }

  /** @return whether any finding is an error */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.violation().isError());
  }
}
