/**
 * VirtualMachineClass sizing policies, coreFraction, CPU topology and resource requests; registers its
 * {@code dvp check} rules as a {@link dev.dvp.model.ResourceSetCheck}.
 */
module dev.dvp.sizing {
  requires transitive dev.dvp.model;
  requires transitive dev.dvp.controllers;

  exports dev.dvp.sizing;

  provides dev.dvp.model.ResourceSetCheck with dev.dvp.sizing.SizingCheck;
  // Its tests look the check up as dvp check does.
  uses dev.dvp.model.ResourceSetCheck;
}
