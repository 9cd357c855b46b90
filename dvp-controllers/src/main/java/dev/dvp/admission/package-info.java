/**
 * DVP's admission, offline: what the API server and DVP's webhooks answer to a CREATE or UPDATE of a
 * VirtualMachine, VirtualMachineBlockDeviceAttachment, VirtualMachineOperation, VirtualDisk, VirtualImage or
 * ClusterVirtualImage, with DVP's exact messages.
 *
 * <p>Entry point: {@link dev.dvp.admission.Admission#review(AdmissionRequest, AdmissionContext)}. The request
 * carries the object (and the old one for an UPDATE), the {@link dev.dvp.admission.AdmissionContext} every
 * other object and cluster setting the rules look at; the {@link dev.dvp.admission.AdmissionResult} the
 * decision, the deciding stage, the errors or warnings, and the defaulted object.
 *
 * <p>The context comes from {@link dev.dvp.model.cluster.ClusterFacts} when the cluster is known
 * ({@link dev.dvp.admission.AdmissionContext#of(dev.dvp.model.cluster.ClusterFacts, dev.dvp.model.ResourceSet)});
 * without them, each check that needs a fact the context does not state is skipped with a warning note naming the
 * field and the fact. {@link dev.dvp.admission.AdmissionCheck} runs admission over a set for {@code dvp check}.
 *
 * <p>Higher modules plug their rules in through {@link dev.dvp.admission.VirtualMachineDefaulter} and
 * {@link dev.dvp.admission.AdmissionValidator} at the positions named by
 * {@link dev.dvp.admission.VirtualMachineSlot}; this module never depends on them.
 */
package dev.dvp.admission;
