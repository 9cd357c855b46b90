package dev.dvp.admission;

import dev.dvp.model.Violation;

/**
 * The SDK's warning for a DVP check that was skipped because the {@link AdmissionContext} does not state a cluster
 * fact it needs (no {@code ClusterFacts} were given): it names the field and the fact, so a manifest checked without
 * the cluster never passes silently where DVP might reject it. {@code --cluster} is the {@code dvp check} option that
 * supplies the facts.
 */
final class UnknownFacts {
  static final String SDN = "whether the sdn module is enabled";
  static final String CIDRS = "ModuleConfig/virtualization spec.settings.virtualMachineCIDRs";
  static final String EDITION = "the DVP edition";
  static final String STORAGE_CLASSES = "the cluster's StorageClasses";
  static final String DEFAULT_CLASS = "the cluster's default VirtualMachineClass";

  private UnknownFacts() {}

  /**
   * Returns the warning, e.g. {@code cannot check spec.networks[1] without knowing whether the sdn module is enabled;
   * Maybe pass --cluster}.
   *
   * @param path the field whose check was skipped
   * @param code the fact's short code, appended to {@code sdk.unknown.}
   * @param fact what was not known, as a noun phrase
   */
  static Violation warning(String path, String code, String fact) {
    return Violation.warning(path, "sdk.unknown." + code,
        "cannot check " + path + " without knowing " + fact + ". Maybe pass --cluster");
  }

  /** The warning for a DVP feature gate, e.g. {@code whether DVP's USB feature gate is on}. */
  static Violation gate(String path, String gate, String decidedBy) {
    return warning(path, "featureGate." + gate, "whether DVP's " + gate + " feature gate is on (" + decidedBy + ")");
  }
}
