/**
 * The DVP resource model: DVP and Kubernetes kinds as immutable values, the manifest codec ({@code Manifests}),
 * structural validation against the CRD schemas, cluster facts.
 *
 * <p>Jackson binds the Immutables-generated values and Hibernate Validator reads their accessors by reflection, so
 * every package is open to those two modules (and to no one else).
 */
module dev.dvp.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.yaml.snakeyaml;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value;

  exports dev.dvp.model;
  exports dev.dvp.model.cluster;
  exports dev.dvp.model.schema;

  opens dev.dvp.model to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.dvp.model.cluster to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.dvp.model.schema to com.fasterxml.jackson.databind, org.hibernate.validator;

  uses dev.dvp.model.ResourceSetCheck;
}
