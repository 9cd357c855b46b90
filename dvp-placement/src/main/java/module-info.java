/**
 * Where a DVP VM may run and where kube-scheduler would put it.
 */
module dev.dvp.placement {
  requires transitive dev.dvp.model;
  requires transitive dev.dvp.controllers;
  requires transitive dev.dvp.sizing;
  requires static org.immutables.value;

  exports dev.dvp.placement;
}
