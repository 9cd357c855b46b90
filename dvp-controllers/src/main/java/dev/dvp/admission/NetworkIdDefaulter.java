package dev.dvp.admission;

import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.VirtualMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DVP's network-id defaulter ({@code defaulter/networks.go}, {@code common/network/ids.go}): an entry without an
 * {@code id} gets 1 when it is {@code Main} (even if another entry already has 1: the validator then rejects the
 * duplicate), otherwise the smallest free id from 2 upward, continuing after the last one assigned; explicit ids are
 * never changed, and once 16383 is passed the entry stays without an id.
 */
final class NetworkIdDefaulter implements VirtualMachineDefaulter {
  static final int MAIN_ID = 1;
  static final int FIRST_GENERIC_ID = 2;

  @Override
  public Outcome apply(VirtualMachine vm, AdmissionContext context) {
    List<NetworkInterface> networks = vm.spec().networks();
    if (networks.stream().allMatch(n -> n.id().isPresent())) {
      return Outcome.unchanged(vm);
    }
    Set<Integer> used = new HashSet<>();
    networks.forEach(n -> n.id().filter(id -> id > 0).ifPresent(used::add));
    List<NetworkInterface> out = new ArrayList<>(networks.size());
    int next = FIRST_GENERIC_ID;
    for (NetworkInterface n : networks) {
      if (n.id().isPresent()) {
        out.add(n);
      } else if (n.type().equals(NetworkType.MAIN)) {
        out.add(n.withId(MAIN_ID));
      } else {
        while (next <= NetworksValidator.MAX_ID && used.contains(next)) {
          next++;
        }
        if (next > NetworksValidator.MAX_ID) {
          out.add(n);
        } else {
          used.add(next);
          out.add(n.withId(next));
          next++;
        }
      }
    }
    return Outcome.defaulted(vm.withSpec(vm.spec().withNetworks(out)));
  }
}
