package dev.dvp.model.cluster;

/**
 * The DVP edition the controller was built as. It decides the placement action (affinity, nodeSelector,
 * tolerations: restart in CE, in place in EE) and which hot-plug feature gates may be enabled.
 *
 * <p>"SE+" in DVP's documentation is a paid build, i.e. {@link #EE}. Immutable and thread-safe.
 */
public enum Edition {
  /** Community Edition: placement changes need a restart; hot-plug gates are locked off. */
  CE,
  /** Enterprise Edition (and every paid edition): placement changes apply in place; hot-plug gates may be on. */
  EE
}
