/**
 * The cluster as one value: {@link dev.dvp.model.cluster.ClusterFacts} (edition, Kubernetes version, DVP's feature
 * gates, enabled modules, StorageClasses, VirtualMachineClasses, module settings, Nodes, cluster UUID), read from
 * cluster objects or built in code and passed to whatever rule needs them. A fact not stated is DVP's default,
 * never "unknown".
 */
package dev.dvp.model.cluster;
