package dev.dvp.lifecycle;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which labels reach a VM's launcher pod, and so which VMs a Service selects
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/sync_metadata.go},
 * {@code images/virtualization-artifact/pkg/controller/kvbuilder/kvvm.go}). The VM's labels are propagated to the KVVM,
 * the KVVMI and every Running launcher pod, immediately and without a restart; DVP adds
 * {@value #INHIBIT_NODE_SHUTDOWN}, and KubeVirt's own labels appear rewritten under
 * {@code *.kubevirt.internal.virtualization.deckhouse.io}. User labels containing {@code kubevirt.io} are refused by
 * admission, so user selectors never clash with them. Stateless and thread-safe.
 */
public final class LauncherPods {
  /** The label DVP puts on every launcher pod. */
  public static final String INHIBIT_NODE_SHUTDOWN = "pod.deckhouse.io/inhibit-node-shutdown";

  private LauncherPods() {}

  /**
   * Returns the labels of a VM's launcher pod.
   *
   * @param vm the VM
   * @return the VM's labels, DVP's label and KubeVirt's rewritten labels
   */
  public static Map<String, String> labels(VirtualMachine vm) {
    Map<String, String> labels = new LinkedHashMap<>(vm.metadata().labels());
    labels.put(INHIBIT_NODE_SHUTDOWN, "");
    labels.put("kubevirt.internal.virtualization.deckhouse.io", "virt-launcher");
    labels.put("vm.kubevirt.internal.virtualization.deckhouse.io/name", vm.name());
    return labels;
  }

  /**
   * The VMs a Service with this equality selector reaches: the Running VMs of its namespace whose launcher-pod
   * labels carry every selector pair. A stopped VM has no pod and no endpoint; an empty selector selects nothing (a
   * Service without a selector has no automatic endpoints).
   *
   * @param selector the Service's {@code spec.selector}
   * @param namespace the Service's namespace
   * @param resources the VMs to consider
   * @return the selected VMs, in the set's order
   */
  public static List<VirtualMachine> selectedBy(Map<String, String> selector, String namespace, ResourceSet resources) {
    List<VirtualMachine> out = new ArrayList<>();
    if (selector.isEmpty()) {
      return out;
    }
    LabelSelector s = LabelSelector.builder().putAllMatchLabels(selector).build();
    for (VirtualMachine vm : resources.ofType(VirtualMachine.class)) {
      boolean running = vm.status().flatMap(st -> st.phase()).map(VirtualMachinePhase.RUNNING::equals).orElse(false);
      if (running && resources.namespaceOf(vm).equals(namespace) && s.matches(labels(vm))) {
        out.add(vm);
      }
    }
    return out;
  }
}
