/**
 * The rules of DVP's virtualization-controller that are not sizing, IPAM, placement or migration: the admission
 * chain, the VM lifecycle, spec changes and kubectl patches, Services.
 *
 * <p>json-patch has no module descriptor or Automatic-Module-Name: it is required by the name Java derives from its
 * jar's file name.
 */
module dev.dvp.controllers {
  requires transitive dev.dvp.model;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires json.patch;
  requires static org.immutables.value;

  exports dev.dvp.admission;
  exports dev.dvp.change;
  exports dev.dvp.lifecycle;
  exports dev.dvp.services;

  // Jackson renders and binds the change values by reflection.
  opens dev.dvp.change to com.fasterxml.jackson.databind;
}
