package dev.dvp.change;

import dev.dvp.model.CoreFraction;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The controller's post-processing of a non-empty change set ({@code sync_kvvm.go}, step 1), in DVP's order:
 * block-device hot-plugs touching boot-attached volumes, compute hot-plugs of a non-migratable VM, and compute
 * hot-plugs that a project quota would not admit all become restarts.
 */
final class ControllerUpgrades {
  private ControllerUpgrades() {}

  static void apply(List<ChangeDraft> drafts, VirtualMachineSpec desired, String desiredFraction,
      ChangeContext context) {
    if (drafts.isEmpty()) {
      return;
    }
    upgradeBootAttached(drafts, context.bootAttachedBlockDevices());
    if (!context.migratable()) {
      for (ChangeDraft draft : drafts) {
        if (draft.isCompute() && draft.action == ChangeAction.APPLY_IMMEDIATE) {
          draft.action = ChangeAction.RESTART;
        }
      }
      return;
    }
    boolean computeHotplug = false;
    for (ChangeDraft draft : drafts) {
      computeHotplug |= draft.isCompute() && draft.action == ChangeAction.APPLY_IMMEDIATE;
    }
    if (!computeHotplug || context.quotas().isEmpty()) {
      return;
    }
    List<String> refusals = quotaRefusals(desired, desiredFraction, context.quotas());
    if (refusals.isEmpty()) {
      return;
    }
    String message = String.join(" ", refusals);
    boolean messagePlaced = false;
    for (ChangeDraft draft : drafts) {
      if (draft.isCompute() && draft.action == ChangeAction.APPLY_IMMEDIATE) {
        draft.action = ChangeAction.RESTART;
        if (!messagePlaced && draft.restartMessage == null) {
          draft.restartMessage = message;
          messagePlaced = true;
        }
      }
    }
  }

  private static void upgradeBootAttached(List<ChangeDraft> drafts, List<BlockDeviceRef> bootAttached) {
    if (bootAttached.isEmpty()) {
      return;
    }
    for (ChangeDraft draft : drafts) {
      if (draft.isBlockDevice() && draft.action == ChangeAction.APPLY_IMMEDIATE) {
        for (BlockDeviceRef ref : draft.devices) {
          if (SpecComparator.lastIndexOf(bootAttached, ref) >= 0) {
            draft.action = ChangeAction.RESTART;
            break;
          }
        }
      }
    }
  }

  /** The quota messages for the full new requests (not the difference), quota by quota, cpu before memory. */
  static List<String> quotaRefusals(VirtualMachineSpec desired, String desiredFraction, List<ProjectQuota> quotas) {
    Quantity cpu = Quantity.ofMillis(CoreFraction.requestMillis(desired.cpu().cores(),
        CoreFraction.percent(desiredFraction).orElse(0)));
    Quantity memory = desired.memory().size();
    List<String> refusals = new ArrayList<>();
    for (ProjectQuota quota : quotas) {
      check(quota, ProjectQuota.REQUESTS_CPU, cpu, refusals);
      check(quota, ProjectQuota.REQUESTS_MEMORY, memory, refusals);
    }
    return refusals;
  }

  private static void check(ProjectQuota quota, String resource, Quantity request, List<String> refusals) {
    Quantity hard = quota.hard().get(resource);
    if (hard == null) {
      return;
    }
    Quantity used = quota.used().getOrDefault(resource, Quantity.ZERO);
    if (request.compareTo(hard) > 0) {
      refusals.add("Hotplug migration cannot start because " + resource + " request " + request.canonical()
          + " exceeds project quota \"" + quota.name() + "\" hard limit " + hard.canonical()
          + ". Restart the virtual machine to apply the changes without live migration.");
      return;
    }
    if (used.add(request).compareTo(hard) > 0) {
      Quantity free = hard.subtract(used);
      if (free.signum() < 0) {
        free = Quantity.ZERO;
      }
      refusals.add("Hotplug migration cannot start because project quota \"" + quota.name() + "\" has insufficient "
          + resource + ": required additional " + request.canonical() + ", available " + free.canonical()
          + ". Restart the virtual machine to apply the changes without live migration.");
    }
  }
}
