package dev.dvp.admission;

/**
 * The places in DVP's VirtualMachine validating webhook where a higher module's validator runs, named after DVP's
 * validators. The built-in validators fill the other places; a slot left empty is skipped (the VM passes it), so
 * admission without {@code dvp-sizing} simply does not check sizing.
 *
 * <p>The webhook's order ({@code images/virtualization-artifact/pkg/controller/vm/vm_webhook.go}; the validators are in
 * {@code vm/internal/validators/}), with the slots marked: 1 meta, 2 IPAM (built-in checks, then {@link #IPAM}), 3
 * block device refs, 4 {@link #SIZING_POLICY}, 5 block device limit, 6 affinity, 7 topology spread, 8
 * {@link #CPU_COUNT}, 9 {@link #CORE_FRACTION}, 10 networks, 11 first block device, 12 USB, 13 GPU, 14 VMBDA
 * conflict, 15 {@link #PV_NODE_AFFINITY}, 16 Legacy warning, 17 provisioning lint.
 */
public enum VirtualMachineSlot {
  /** Position 2, after the built-in {@code virtualMachineIPAddressName} checks: {@code dvp-ipam}'s VM checks. */
  IPAM,
  /** Position 4: the sizing-policy check ({@code sizing_policy_validator.go}), from {@code dvp-sizing}. */
  SIZING_POLICY,
  /** Position 8: the CPU-count and topology rule ({@code cpu_count_validator.go}), from {@code dvp-sizing}. */
  CPU_COUNT,
  /**
   * Position 9: the {@code coreFraction: Auto} prerequisites ({@code core_fraction_validator.go}), from
   * {@code dvp-sizing}.
   */
  CORE_FRACTION,
  /** Position 15: the disk-topology check ({@code pv_node_affinity_validator.go}), from {@code dvp-placement}. */
  PV_NODE_AFFINITY
}
