package dev.dvp.model;

import java.util.List;

/**
 * A rule over a set of objects taken together: a VM against its class, references between objects, admission of
 * each object with the others as context. {@code dvp check} runs every check the modules on its class path
 * provide; a user's service can run them the same way.
 *
 * <p>Implementations are stateless and thread-safe, and report domain outcomes as findings, never exceptions.
 */
@FunctionalInterface
public interface ResourceSetCheck {
  /**
   * Checks a set.
   *
   * @param resources the objects to check, which are also each other's context
   * @return the findings, errors and warnings, in a stable order; empty when all is well
   */
  List<Finding> check(ResourceSet resources);
}
