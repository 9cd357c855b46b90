/**
 * The live-migration engine: QEMU pre-copy, KubeVirt's monitor, DVP's policies, drains.
 */
module dev.dvp.migration {
  requires transitive dev.dvp.model;
  requires static org.immutables.value;

  exports dev.dvp.migration;
}
