package dev.dvp.admission;

import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.Violation;
import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentRef;
import dev.dvp.model.Resource;
import dev.dvp.model.GoQuote;
import dev.dvp.model.Finding;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.Service;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.lifecycle.LauncherPods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the references between objects of a set: a VM's class, disks and images; a
 * VirtualMachineBlockDeviceAttachment's VM and device; a Service whose selector matches no VM.
 *
 * <p>A set is often partial (a VM checked without the disks that already exist in the cluster), so a reference
 * to an object that is not in the set is a warning, not an error: DVP itself accepts such a VM and keeps it
 * Pending until the object appears. Stateless and thread-safe.
 */
public final class ReferenceCheck implements ResourceSetCheck {
  /** Makes the check; it holds no state, so one instance serves every set and thread. */
  public ReferenceCheck() {}

  @Override
  public List<Finding> check(ResourceSet set) {
    List<Finding> findings = new ArrayList<>();
    for (VirtualMachine vm : set.ofType(VirtualMachine.class)) {
      checkVm(vm, set, findings);
    }
    for (VirtualMachineBlockDeviceAttachment vmbda : set.ofType(VirtualMachineBlockDeviceAttachment.class)) {
      checkAttachment(vmbda, set, findings);
    }
    List<Service> services = set.ofType(Service.class);
    if (!services.isEmpty()) {
      // The launcher pod labels of every VM, grouped by namespace once, instead of rebuilt for every Service.
      Map<String, List<Map<String, String>>> podLabels = new java.util.HashMap<>();
      for (VirtualMachine vm : set.ofType(VirtualMachine.class)) {
        podLabels.computeIfAbsent(set.namespaceOf(vm), ns -> new ArrayList<>()).add(LauncherPods.labels(vm));
      }
      for (Service service : services) {
        checkService(service, set, podLabels, findings);
      }
    }
    return findings;
  }

  private static void checkVm(VirtualMachine vm, ResourceSet set, List<Finding> findings) {
    String namespace = set.namespaceOf(vm);
    vm.spec().virtualMachineClassName().ifPresent(name -> {
      if (set.find("VirtualMachineClass", "", name).isEmpty()) {
        findings.add(missing(vm, "spec.virtualMachineClassName", "VirtualMachineClass", name, ""));
      }
    });
    List<BlockDeviceRef> refs = vm.spec().blockDeviceRefs();
    for (int i = 0; i < refs.size(); i++) {
      BlockDeviceRef ref = refs.get(i);
      String kind = ref.kind().value();
      boolean clusterScoped = ref.kind().equals(BlockDeviceKind.CLUSTER_VIRTUAL_IMAGE);
      if (set.find(kind, clusterScoped ? "" : namespace, ref.name()).isEmpty()) {
        findings.add(missing(vm, "spec.blockDeviceRefs[" + i + "].name", kind, ref.name(),
            clusterScoped ? "" : namespace));
      }
    }
    vm.spec().provisioning().ifPresent(p -> {
      p.userDataRef().ifPresent(ref -> checkSecret(vm, set, namespace, "spec.provisioning.userDataRef.name",
          ref.name(), findings));
      p.sysprepRef().ifPresent(ref -> checkSecret(vm, set, namespace, "spec.provisioning.sysprepRef.name",
          ref.name(), findings));
    });
    vm.spec().virtualMachineIPAddressName().ifPresent(name -> {
      if (set.find("VirtualMachineIPAddress", namespace, name).isEmpty()) {
        findings.add(missing(vm, "spec.virtualMachineIPAddressName", "VirtualMachineIPAddress", name, namespace));
      }
    });
  }

  private static void checkSecret(VirtualMachine vm, ResourceSet set, String namespace, String path, String name,
      List<Finding> findings) {
    if (set.find("Secret", namespace, name).isEmpty()) {
      findings.add(missing(vm, path, "Secret", name, namespace));
    }
  }

  private static void checkAttachment(VirtualMachineBlockDeviceAttachment vmbda, ResourceSet set,
      List<Finding> findings) {
    String namespace = set.namespaceOf(vmbda);
    String vmName = vmbda.spec().virtualMachineName();
    if (set.find(VirtualMachine.class, namespace, vmName).isEmpty()) {
      findings.add(missing(vmbda, "spec.virtualMachineName", "VirtualMachine", vmName, namespace));
    }
    VirtualMachineBlockDeviceAttachmentRef ref = vmbda.spec().blockDeviceRef();
    String kind = ref.kind().value();
    String scope = ref.kind().equals(BlockDeviceKind.CLUSTER_VIRTUAL_IMAGE) ? "" : namespace;
    if (set.find(kind, scope, ref.name()).isEmpty()) {
      findings.add(missing(vmbda, "spec.blockDeviceRef.name", kind, ref.name(), scope));
    }
  }

  private static void checkService(Service service, ResourceSet set, Map<String, List<Map<String, String>>> podLabels,
      List<Finding> findings) {
    Map<String, String> selector = service.spec().selector();
    if (selector.isEmpty()) {
      return;
    }
    // The set's namespace rules (not ServiceSelection's fixed "default") decide which VMs are candidates; the
    // selector is matched against the labels DVP gives the VM's launcher pod.
    String namespace = set.namespaceOf(service);
    LabelSelector bySelector = LabelSelector.ofLabels(selector);
    boolean any = podLabels.getOrDefault(namespace, List.of()).stream().anyMatch(bySelector::matches);
    if (!any) {
      findings.add(new Finding(service, Violation.warning("spec.selector", "noMatchingVirtualMachine",
          "the selector " + selector + " matches no VirtualMachine among the given manifests in namespace "
              + namespace + ". Maybe a label is misspelled, or the VM is in another file")));
    }
  }

  private static Finding missing(Resource subject, String path, String kind, String name, String namespace) {
    String where = namespace.isEmpty() ? "" : " in namespace " + namespace;
    return new Finding(subject, Violation.warning(path, "referenceNotFound", kind + " " + GoQuote.quote(name)
        + " is not among the given manifests" + where + "; DVP keeps waiting for it. Maybe add its manifest, or"
        + " check the name"));
  }
}
