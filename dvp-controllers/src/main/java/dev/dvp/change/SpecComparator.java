package dev.dvp.change;

import dev.dvp.model.CpuTopology;
import dev.dvp.model.CoreFraction;
import dev.dvp.model.cluster.Edition;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Disruptions;
import dev.dvp.model.GpuRef;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.OpenEnum;
import dev.dvp.model.OsType;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.Quantity;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's per-field comparators ({@code vmchange/compare.go} and the files it calls), in DVP's order. A {@code null}
 * current spec is the empty spec DVP compares against when the baseline is missing or corrupt.
 *
 * <p>One instance serves one comparison; it is not thread-safe and never escapes {@link SpecChanges}.
 */
final class SpecComparator {
  static final String SOCKETS_MESSAGE = CpuTopology.TOPOLOGY_CHANGE_MESSAGE;
  static final String QOS_MESSAGE =
      "Changing the CPU core fraction to or from 100% changes the pod QoS class, which cannot be applied in-place.";
  /** {@code kvbuilder.EnableMemoryHotplugThreshold}: 1Gi. */
  static final Quantity MEMORY_HOTPLUG_THRESHOLD = Quantity.ofBytes(1L << 30);

  private static final String DEFAULT_RUN_POLICY = "AlwaysOnUnlessStoppedManually";
  private static final Comparator<GpuRef> BY_GPU_CLASS = Comparator.comparing(GpuRef::gpuClassName);

  private final VirtualMachineSpec current;
  private final VirtualMachineSpec desired;
  private final ChangeContext context;
  private final boolean defaults;
  private final List<ChangeDraft> out = new ArrayList<>(4);
  private final List<String> warnings = new ArrayList<>(0);

  SpecComparator(VirtualMachineSpec current, VirtualMachineSpec desired, ChangeContext context) {
    this.current = current;
    this.desired = desired;
    this.context = context;
    this.defaults = context.crdDefaults();
  }

  List<ChangeDraft> changes() {
    return out;
  }

  List<String> warnings() {
    return warnings;
  }

  SpecComparator compare() {
    compareString("virtualMachineClassName", "spec.virtualMachineClassName",
        orEmpty(current == null ? null : current.virtualMachineClassName()),
        orEmpty(desired.virtualMachineClassName()), "", ChangeAction.RESTART);
    compareString("runPolicy", "spec.runPolicy", runPolicy(current), runPolicy(desired), "",
        ChangeAction.APPLY_IMMEDIATE);
    compareString("virtualMachineIPAddress", "spec.virtualMachineIPAddressName",
        orEmpty(current == null ? null : current.virtualMachineIPAddressName()),
        orEmpty(desired.virtualMachineIPAddressName()), "", ChangeAction.RESTART);
    comparePlacement();
    compareDisruptions();
    compareTerminationGracePeriod();
    compareParavirtualization();
    compareString("osType", "spec.osType", osType(current), osType(desired), "Generic", ChangeAction.RESTART);
    compareString("bootloader", "spec.bootloader", bootloader(current), bootloader(desired), "BIOS",
        ChangeAction.RESTART);
    compareCpu();
    compareMemory();
    compareBlockDevices();
    compareProvisioning();
    compareNetworks();
    compareUsbDevices();
    compareGpus();
    return this;
  }

  // ------------------------------------------------------------------------------------------ effective values

  private static String orEmpty(Optional<String> value) {
    return value == null ? "" : value.orElse("");
  }

  private static String text(Optional<? extends OpenEnum<?>> value) {
    return value.isPresent() ? value.get().value() : "";
  }

  private String runPolicy(VirtualMachineSpec spec) {
    if (spec == null) {
      return "";
    }
    String value = text(spec.runPolicy());
    return value.isEmpty() && defaults ? DEFAULT_RUN_POLICY : value;
  }

  private String osType(VirtualMachineSpec spec) {
    if (spec == null) {
      return "";
    }
    String value = text(spec.osType());
    return value.isEmpty() && defaults ? "Generic" : value;
  }

  private String bootloader(VirtualMachineSpec spec) {
    if (spec == null) {
      return "";
    }
    String value = text(spec.bootloader());
    return value.isEmpty() && defaults ? "BIOS" : value;
  }

  private boolean legacy(VirtualMachineSpec spec) {
    return OsType.LEGACY.value().equals(osType(spec));
  }

  private Disruptions disruptions(VirtualMachineSpec spec) {
    if (spec == null) {
      return null;
    }
    if (spec.disruptions().isPresent()) {
      return spec.disruptions().get();
    }
    return defaults ? ManualDisruptions.VALUE : null;
  }

  private String coreFraction(VirtualMachineSpec spec) {
    if (spec == null) {
      return "";
    }
    String value = orEmpty(spec.cpu().coreFraction());
    if (value.equals("Auto")) {
      if (context.autoCoreFraction().isPresent()) {
        return context.autoCoreFraction().get();
      }
      addWarning("coreFraction Auto was compared as written; DVP resolves it first (pass "
          + "ChangeContext.autoCoreFraction, the sizing recommendation or the class policy's value)");
    }
    return value;
  }

  private String refKindDefault() {
    return defaults ? "Secret" : "";
  }

  private void addWarning(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  // ---------------------------------------------------------------------------------------- primitives

  private ChangeDraft emit(ChangeOperation op, String path, String fieldPath, Object cur, Object des,
      ChangeAction action) {
    ChangeDraft draft = new ChangeDraft(op, path, fieldPath, cur, des, action);
    out.add(draft);
    return draft;
  }

  /** Strings and enums: {@code ""} is empty; a non-empty default makes add/remove of it free. */
  private ChangeDraft compareString(String path, String fieldPath, String cur, String des, String dflt,
      ChangeAction action) {
    boolean curEmpty = cur.isEmpty();
    boolean desEmpty = des.isEmpty();
    if (curEmpty && desEmpty) {
      return null;
    }
    if (curEmpty) {
      return emit(ChangeOperation.ADD, path, fieldPath, null, des,
          !dflt.isEmpty() && des.equals(dflt) ? ChangeAction.NONE : action);
    }
    if (desEmpty) {
      return emit(ChangeOperation.REMOVE, path, fieldPath, cur, null,
          !dflt.isEmpty() && cur.equals(dflt) ? ChangeAction.NONE : action);
    }
    if (cur.equals(des)) {
      return null;
    }
    return emit(ChangeOperation.REPLACE, path, fieldPath, cur, des, action);
  }

  /** Pointers, ints and objects: {@code null} is empty; {@code dflt} ({@code null} for none) makes add/remove free. */
  private ChangeDraft compareValue(String path, String fieldPath, Object cur, Object des, Object dflt,
      ChangeAction action, Object curRendered, Object desRendered) {
    if (cur == null && des == null) {
      return null;
    }
    if (cur == null) {
      return emit(ChangeOperation.ADD, path, fieldPath, null, desRendered,
          des.equals(dflt) ? ChangeAction.NONE : action);
    }
    if (des == null) {
      return emit(ChangeOperation.REMOVE, path, fieldPath, curRendered, null,
          cur.equals(dflt) ? ChangeAction.NONE : action);
    }
    if (cur.equals(des)) {
      return null;
    }
    return emit(ChangeOperation.REPLACE, path, fieldPath, curRendered, desRendered, action);
  }

  // ---------------------------------------------------------------------------------------- placement

  private ChangeAction placementAction() {
    return context.edition() == Edition.EE ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.RESTART;
  }

  private void comparePlacement() {
    List<?> curTsc = current == null ? List.of() : current.topologySpreadConstraints();
    List<?> desTsc = desired.topologySpreadConstraints();
    compareGeneric("topologySpreadConstraints", "spec.topologySpreadConstraints",
        curTsc.isEmpty() ? null : curTsc, desTsc.isEmpty() ? null : desTsc, ChangeAction.RESTART);
    compareGeneric("affinity", "spec.affinity", current == null ? null : current.affinity().orElse(null),
        desired.affinity().orElse(null), placementAction());
    Map<String, String> curSel = current == null ? Map.of() : current.nodeSelector();
    Map<String, String> desSel = desired.nodeSelector();
    if (!(curSel.isEmpty() && desSel.isEmpty()) && !curSel.equals(desSel)) {
      compareValue("nodeSelector", "spec.nodeSelector", curSel.isEmpty() ? null : curSel,
          desSel.isEmpty() ? null : desSel, null, placementAction(),
          ValueRendering.stringMap(curSel), ValueRendering.stringMap(desSel));
    }
    compareString("priorityClassName", "spec.priorityClassName",
        orEmpty(current == null ? null : current.priorityClassName()), orEmpty(desired.priorityClassName()), "",
        ChangeAction.RESTART);
    List<?> curTol = current == null ? List.of() : current.tolerations();
    List<?> desTol = desired.tolerations();
    compareGeneric("tolerations", "spec.tolerations", curTol.isEmpty() ? null : curTol,
        desTol.isEmpty() ? null : desTol, placementAction());
  }

  /** Objects and lists compared by deep equality, rendered through the codec only when they differ. */
  private ChangeDraft compareGeneric(String path, String fieldPath, Object cur, Object des, ChangeAction action) {
    if (Objects.equals(cur, des)) {
      return null;
    }
    return compareValue(path, fieldPath, cur, des, null, action,
        cur == null ? null : ValueRendering.generic(cur), des == null ? null : ValueRendering.generic(des));
  }

  // ---------------------------------------------------------------------------------------- plain fields

  private void compareDisruptions() {
    Disruptions cur = disruptions(current);
    Disruptions des = disruptions(desired);
    if (cur == null || des == null) {
      compareValue("disruptions", "spec.disruptions", cur, des, null, ChangeAction.NONE,
          cur == null ? null : ValueRendering.disruptions(cur), des == null ? null : ValueRendering.disruptions(des));
      return;
    }
    compareString("disruptions.restartApprovalMode", "spec.disruptions.restartApprovalMode",
        text(cur.restartApprovalMode()), text(des.restartApprovalMode()), RestartApprovalMode.MANUAL.value(),
        ChangeAction.NONE);
  }

  private void compareTerminationGracePeriod() {
    Long cur = current == null ? null : current.terminationGracePeriodSeconds().orElse(null);
    Long des = desired.terminationGracePeriodSeconds().orElse(null);
    if (defaults) {
      Long dflt = VirtualMachineSpec.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
      if (current != null && cur == null) {
        cur = dflt;
      }
      if (des == null) {
        des = dflt;
      }
    }
    compareValue("terminationGracePeriodSeconds", "spec.terminationGracePeriodSeconds", cur, des,
        VirtualMachineSpec.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS, ChangeAction.RESTART, cur, des);
  }

  private Boolean paravirtualization(VirtualMachineSpec spec) {
    if (spec == null) {
      return null;
    }
    Boolean value = spec.enableParavirtualization().orElse(null);
    return value == null && defaults ? Boolean.TRUE : value;
  }

  private void compareParavirtualization() {
    Boolean cur = paravirtualization(current);
    Boolean des = paravirtualization(desired);
    compareValue("enableParavirtualization", "spec.enableParavirtualization", cur, des, Boolean.TRUE,
        ChangeAction.RESTART, cur, des);
  }

  // ---------------------------------------------------------------------------------------- cpu and memory

  private boolean cpuHotplug() {
    return context.featureGates().contains(HotplugFeatureGate.HOTPLUG_CPU_WITH_LIVE_MIGRATION)
        || context.featureGates().contains(HotplugFeatureGate.HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE);
  }

  private boolean memoryHotplug() {
    return context.featureGates().contains(HotplugFeatureGate.HOTPLUG_MEMORY_WITH_LIVE_MIGRATION)
        || context.featureGates().contains(HotplugFeatureGate.HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE);
  }

  private void compareCpu() {
    int curCores = current == null ? 0 : current.cpu().cores();
    int desCores = desired.cpu().cores();
    String curFraction = coreFraction(current);
    String desFraction = coreFraction(desired);
    if (curCores == desCores && curFraction.equals(desFraction)) {
      return;
    }
    ChangeAction coresAction = ChangeAction.APPLY_IMMEDIATE;
    ChangeAction fractionAction = ChangeAction.APPLY_IMMEDIATE;
    String coresMessage = null;
    String fractionMessage = null;
    if (CpuTopology.crossesSocketBoundary(curCores, desCores)) {
      coresAction = ChangeAction.RESTART;
      coresMessage = SOCKETS_MESSAGE;
    }
    if (!cpuHotplug() || legacy(current) || legacy(desired)) {
      coresAction = ChangeAction.RESTART;
      fractionAction = ChangeAction.RESTART;
    }
    if (CoreFraction.guaranteed(curFraction) != CoreFraction.guaranteed(desFraction)) {
      fractionAction = ChangeAction.RESTART;
      fractionMessage = QOS_MESSAGE;
    }
    int before = out.size();
    ChangeDraft cores = compareValue("cpu.cores", "spec.cpu.cores", curCores == 0 ? null : curCores,
        desCores == 0 ? null : desCores, null, coresAction, curCores, desCores);
    ChangeDraft fraction = compareString("cpu.coreFraction", "spec.cpu.coreFraction", curFraction, desFraction,
        "100%", fractionAction);
    if (cores != null && fraction != null) {
      out.subList(before, out.size()).clear();
      ChangeDraft merged = emit(ChangeOperation.REPLACE, "cpu", "spec.cpu",
          ValueRendering.cpu(curCores, curFraction), ValueRendering.cpu(desCores, desFraction),
          coresAction.max(fractionAction));
      merged.restartMessage = coresMessage != null ? coresMessage : fractionMessage;
    } else if (cores != null) {
      cores.restartMessage = cores.action == ChangeAction.RESTART ? coresMessage : null;
    } else if (fraction != null) {
      fraction.restartMessage = fraction.action == ChangeAction.RESTART ? fractionMessage : null;
    }
  }

  private void compareMemory() {
    Quantity cur = current == null ? Quantity.ZERO : current.memory().size();
    Quantity des = desired.memory().size();
    if (cur.compareTo(des) == 0) {
      return;
    }
    boolean restart = cur.compareTo(MEMORY_HOTPLUG_THRESHOLD) < 0 || des.compareTo(MEMORY_HOTPLUG_THRESHOLD) < 0
        || cur.compareTo(des) > 0 || !memoryHotplug() || legacy(current) || legacy(desired);
    compareValue("memory.size", "spec.memory.size", cur.isZero() ? null : cur, des.isZero() ? null : des, null,
        restart ? ChangeAction.RESTART : ChangeAction.APPLY_IMMEDIATE, cur.canonical(), des.canonical());
  }

  // ---------------------------------------------------------------------------------------- block devices

  private void compareBlockDevices() {
    List<BlockDeviceRef> cur = current == null ? List.of() : current.blockDeviceRefs();
    List<BlockDeviceRef> des = desired.blockDeviceRefs();
    if (cur.isEmpty() && des.isEmpty()) {
      return;
    }
    if (cur.isEmpty() || des.isEmpty()) {
      ChangeDraft whole = cur.isEmpty()
          ? emit(ChangeOperation.ADD, "blockDeviceRefs", "spec.blockDeviceRefs", null,
              ValueRendering.blockDevices(des), blockDeviceListAction())
          : emit(ChangeOperation.REMOVE, "blockDeviceRefs", "spec.blockDeviceRefs",
              ValueRendering.blockDevices(cur), null, blockDeviceListAction());
      whole.devices = cur.isEmpty() ? des : cur;
      return;
    }
    if (cur.equals(des)) {
      return;
    }
    // Lists hold at most 16 devices: linear scans beat hashing here and allocate nothing.
    int size = Math.max(cur.size(), des.size());
    boolean[] added = new boolean[size];
    boolean[] removed = new boolean[size];
    boolean anyAddedOrRemoved = false;
    for (int j = 0; j < des.size(); j++) {
      BlockDeviceRef ref = des.get(j);
      if (lastIndexOf(des, ref) == j && lastIndexOf(cur, ref) < 0) {
        added[j] = true;
        anyAddedOrRemoved = true;
      }
    }
    for (int i = 0; i < cur.size(); i++) {
      BlockDeviceRef ref = cur.get(i);
      if (lastIndexOf(cur, ref) == i && lastIndexOf(des, ref) < 0) {
        removed[i] = true;
        anyAddedOrRemoved = true;
      }
    }
    boolean[] swapped = new boolean[size];
    boolean anySwapped = false;
    if (!anyAddedOrRemoved) {
      for (int i = 0; i < cur.size(); i++) {
        BlockDeviceRef ref = cur.get(i);
        if (lastIndexOf(cur, ref) == i && lastIndexOf(des, ref) != i) {
          swapped[i] = true;
          anySwapped = true;
        }
      }
    }
    if (!anyAddedOrRemoved && !anySwapped) {
      addWarning("bootOrder change is not detected by DVP; it reaches the VM only when some other change is applied "
          + "to the internal VM (for example while the VM is stopped)");
      return;
    }
    ChangeAction action = blockDeviceItemAction();
    for (int index = 0; index < size; index++) {
      boolean isAdded = added[index];
      boolean isRemoved = removed[index];
      if (!isAdded && !isRemoved && !swapped[index]) {
        continue;
      }
      // A repeated name within a kind can point past the other list's end; DVP would fail there, the SDK
      // reports the side that exists.
      BlockDeviceRef before = index < cur.size() && (isRemoved || !isAdded) ? cur.get(index) : null;
      BlockDeviceRef after = index < des.size() && (isAdded || !isRemoved) ? des.get(index) : null;
      String path = "blockDeviceRefs." + index;
      String fieldPath = "spec.blockDeviceRefs[" + index + "]";
      ChangeDraft draft;
      if (before != null && after != null) {
        draft = emit(ChangeOperation.REPLACE, path, fieldPath, ValueRendering.blockDevice(before),
            ValueRendering.blockDevice(after), action);
        draft.devices = List.of(before, after);
      } else if (after != null) {
        draft = emit(ChangeOperation.ADD, path, fieldPath, null, ValueRendering.blockDevice(after), action);
        draft.devices = List.of(after);
      } else {
        draft = emit(ChangeOperation.REMOVE, path, fieldPath, ValueRendering.blockDevice(before), null, action);
        draft.devices = List.of(before);
      }
    }
  }

  /** The last index of a device with the same kind and name (a repeated name keeps the last index), or -1. */
  static int lastIndexOf(List<BlockDeviceRef> refs, BlockDeviceRef ref) {
    for (int i = refs.size() - 1; i >= 0; i--) {
      if (sameDevice(refs.get(i), ref)) {
        return i;
      }
    }
    return -1;
  }

  static boolean sameDevice(BlockDeviceRef a, BlockDeviceRef b) {
    return a.name().equals(b.name()) && a.kind().equals(b.kind());
  }

  private ChangeAction blockDeviceListAction() {
    return context.seedGuideRules() ? ChangeAction.RESTART : ChangeAction.APPLY_IMMEDIATE;
  }

  /** Hot-plug depends on the baseline's paravirtualization (unset counts as on), never the desired one. */
  private ChangeAction blockDeviceItemAction() {
    boolean paravirtualized = current == null || current.enableParavirtualizationOrDefault();
    return paravirtualized && !context.seedGuideRules() ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.RESTART;
  }

  // ---------------------------------------------------------------------------------------- provisioning

  private void compareProvisioning() {
    Provisioning cur = current == null ? null : current.provisioning().orElse(null);
    Provisioning des = desired.provisioning().orElse(null);
    if (cur == null && des == null) {
      return;
    }
    String kindDefault = refKindDefault();
    if (cur == null) {
      emit(ChangeOperation.ADD, "provisioning", "spec.provisioning", null,
          ValueRendering.provisioning(des, kindDefault), ChangeAction.RESTART);
      return;
    }
    if (des == null) {
      boolean cloudInit = cur.type().equals(ProvisioningType.USER_DATA)
          || cur.type().equals(ProvisioningType.USER_DATA_REF);
      emit(ChangeOperation.REMOVE, "provisioning", "spec.provisioning",
          ValueRendering.provisioning(cur, kindDefault), null,
          cloudInit ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.RESTART);
      return;
    }
    if (!cur.type().equals(des.type())) {
      emit(ChangeOperation.REPLACE, "provisioning", "spec.provisioning", cur.type().value(), des.type().value(),
          ChangeAction.RESTART);
      return;
    }
    if (cur.type().equals(ProvisioningType.USER_DATA)) {
      compareString("provisioning.userData", "spec.provisioning.userData", orEmpty(cur.userData()),
          orEmpty(des.userData()), "", ChangeAction.RESTART);
    } else if (cur.type().equals(ProvisioningType.USER_DATA_REF)) {
      compareRef("userDataRef", cur.userDataRef().orElse(null), des.userDataRef().orElse(null));
    } else if (cur.type().equals(ProvisioningType.SYSPREP_REF)) {
      compareRef("sysprepRef", cur.sysprepRef().orElse(null), des.sysprepRef().orElse(null));
    }
  }

  private void compareRef(String name, ProvisioningRef cur, ProvisioningRef des) {
    String path = "provisioning." + name;
    String fieldPath = "spec." + path;
    String kindDefault = refKindDefault();
    if (cur == null || des == null) {
      compareValue(path, fieldPath, cur, des, null, ChangeAction.RESTART,
          cur == null ? null : ValueRendering.ref(cur, kindDefault),
          des == null ? null : ValueRendering.ref(des, kindDefault));
      return;
    }
    String curKind = cur.kind().map(OpenEnum::value).orElse(kindDefault);
    String desKind = des.kind().map(OpenEnum::value).orElse(kindDefault);
    if (curKind.isEmpty() && desKind.isEmpty()) {
      if (!cur.name().equals(des.name())) {
        addWarning(path + ".kind is empty on both sides, so DVP does not detect the change of " + path
            + ".name; the API server defaults kind to Secret (compare with ChangeContext.crdDefaults)");
      }
      return;
    }
    if (compareString(path + ".kind", fieldPath + ".kind", curKind, desKind, "", ChangeAction.RESTART) != null) {
      return;
    }
    compareString(path + ".name", fieldPath + ".name", cur.name(), des.name(), "", ChangeAction.RESTART);
  }

  // ---------------------------------------------------------------------------------------- networks, usb, gpus

  /**
   * {@code networks}: the model reads {@code networks: []} as absent, so the SDK cannot see DVP's "{@code []} is
   * set" distinction; an empty list is compared as absent.
   */
  private void compareNetworks() {
    List<NetworkInterface> cur = current == null ? List.of() : current.networks();
    List<NetworkInterface> des = desired.networks();
    if (cur.equals(des)) {
      return;
    }
    ChangeAction action;
    if (onlyIdsFilled(cur, des)) {
      action = ChangeAction.NONE;
    } else if (context.seedGuideRules() || hasMain(cur) != hasMain(des)) {
      action = ChangeAction.RESTART;
    } else {
      action = ChangeAction.APPLY_IMMEDIATE;
    }
    compareValue("networks", "spec.networks", cur.isEmpty() ? null : cur, des.isEmpty() ? null : des, null, action,
        cur.isEmpty() ? null : ValueRendering.generic(cur), des.isEmpty() ? null : ValueRendering.generic(des));
  }

  private static boolean onlyIdsFilled(List<NetworkInterface> cur, List<NetworkInterface> des) {
    if (cur.size() != des.size()) {
      return false;
    }
    for (int i = 0; i < cur.size(); i++) {
      NetworkInterface c = cur.get(i);
      NetworkInterface d = des.get(i);
      if (!c.type().equals(d.type()) || !c.name().equals(d.name())
          || !c.virtualMachineMACAddressName().equals(d.virtualMachineMACAddressName())
          || !c.ipAddressName().equals(d.ipAddressName())) {
        return false;
      }
      if (c.id().isPresent() && !c.id().equals(d.id())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasMain(List<NetworkInterface> networks) {
    if (networks.isEmpty()) {
      return true;
    }
    for (NetworkInterface network : networks) {
      if (network.type().equals(NetworkType.MAIN)) {
        return true;
      }
    }
    return false;
  }

  /** {@code usbDevices}: like networks, an empty list is compared as absent (see {@link #compareNetworks()}). */
  private void compareUsbDevices() {
    List<?> cur = current == null ? List.of() : current.usbDevices();
    List<?> des = desired.usbDevices();
    compareGeneric("usbDevices", "spec.usbDevices", cur.isEmpty() ? null : cur, des.isEmpty() ? null : des,
        ChangeAction.APPLY_IMMEDIATE);
  }

  private void compareGpus() {
    List<GpuRef> cur = current == null ? List.of() : current.gpus();
    List<GpuRef> des = desired.gpus();
    if (cur.isEmpty() && des.isEmpty()) {
      return;
    }
    List<GpuRef> curSorted = sortedByClass(cur);
    List<GpuRef> desSorted = sortedByClass(des);
    compareGeneric("gpus", "spec.gpus", curSorted.isEmpty() ? null : curSorted,
        desSorted.isEmpty() ? null : desSorted, ChangeAction.RESTART);
  }

  private static List<GpuRef> sortedByClass(List<GpuRef> gpus) {
    if (gpus.size() < 2) {
      return gpus;
    }
    List<GpuRef> sorted = new ArrayList<>(gpus);
    sorted.sort(BY_GPU_CLASS);
    return sorted;
  }

  /** The CRD default of {@code spec.disruptions}. */
  static final class ManualDisruptions {
    static final Disruptions VALUE = Disruptions.builder().restartApprovalMode(RestartApprovalMode.MANUAL).build();

    private ManualDisruptions() {}
  }
}
