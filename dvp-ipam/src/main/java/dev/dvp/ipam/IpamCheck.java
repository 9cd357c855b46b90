package dev.dvp.ipam;

import dev.dvp.model.Finding;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import java.util.List;

/**
 * The IPAM rules as a {@code dvp check} plug-in (registered with {@link java.util.ServiceLoader}): everything
 * {@link IpamAudit} reports, with the SDK's default options (harm guards on).
 *
 * <p>Stateless and thread-safe.
 */
public final class IpamCheck implements ResourceSetCheck {
  /** Creates the check; {@link java.util.ServiceLoader} calls this. */
  public IpamCheck() {}

  @Override
  public List<Finding> check(ResourceSet resources) {
    return IpamAudit.audit(resources, IpPoolOptions.defaults()).findings();
  }
}
