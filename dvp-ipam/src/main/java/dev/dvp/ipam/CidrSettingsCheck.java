package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.ModuleConfigSpec;
import dev.dvp.model.Node;
import dev.dvp.model.NodeAddress;
import dev.dvp.model.NodeStatus;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's ModuleConfig webhook rules for {@code spec.settings.virtualMachineCIDRs}
 * ({@code images/virtualization-artifact/pkg/controller/moduleconfig/moduleconfig_webhook.go},
 * {@code cidrs_validator.go}, {@code remove_cidrs_validator.go}, {@code checks.go}), with DVP's messages: parsing,
 * overlaps between entries, node addresses inside an entry, overlap with the pod and service subnets, and removal of
 * entries that still hold leases (released ones included) or of the whole list.
 *
 * <pre>{@code
 * CidrSettingsCheck check = CidrSettingsCheck.builder()
 *     .nodes(nodes).podSubnetCidr("10.111.0.0/16").serviceSubnetCidr("10.222.0.0/16").leases(leases)
 *     .build();
 * List<Violation> errors = check.validateUpdate(oldConfig, newConfig);
 * }</pre>
 *
 * <p>Like DVP, only the ModuleConfig named {@code virtualization} is checked, an update only when
 * {@code metadata.generation} changed (or is unknown), and checking stops at the first error. Unlike DVP, a CREATE is
 * checked too (DVP registers no create validator, so a first configuration with overlapping subnets or a node's
 * address is accepted); {@link Builder#fidelity(boolean)} restores DVP's behaviour. Immutable and thread-safe.
 */
public final class CidrSettingsCheck {
  private static final String PATH = VirtualMachineCidrs.PATH;
  private static final String ADJUST = ". Please adjust the configuration to resolve this issue";

  private final List<Node> nodes;
  private final Optional<String> podSubnetCidr;
  private final Optional<String> serviceSubnetCidr;
  private final List<VirtualMachineIPAddressLease> leases;
  private final boolean fidelity;

  private CidrSettingsCheck(Builder b) {
    this.nodes = List.copyOf(b.nodes);
    this.podSubnetCidr = b.podSubnetCidr;
    this.serviceSubnetCidr = b.serviceSubnetCidr;
    this.leases = b.leases.stream().sorted(Comparator.comparing(VirtualMachineIPAddressLease::name)).toList();
    this.fidelity = b.fidelity;
  }

  /** @return a builder of a check that knows no nodes, subnets or leases */
  public static Builder builder() {
    return new Builder();
  }

  static String overlapMessage(String later, String earlier) {
    return "no overlaps allowed: subnet " + later + " is invalid: should not overlap with subnet " + earlier + ADJUST;
  }

  /**
   * Validates a new ModuleConfig (CREATE). DVP does not; the SDK runs the update checks that concern the new list.
   *
   * @param created the new ModuleConfig
   * @return at most one error; none in fidelity mode
   */
  public List<Violation> validateCreate(ModuleConfig created) {
    if (fidelity || !created.name().equals(ModuleConfig.VIRTUALIZATION)) {
      return List.of();
    }
    Parsed parsed = parse(created);
    return parsed.error.isPresent() ? List.of(parsed.error.get()) : cidrs(parsed.cidrs);
  }

  /**
   * Validates an update of the ModuleConfig as DVP's webhook does.
   *
   * @param old the stored ModuleConfig
   * @param updated the requested one
   * @return at most one error
   */
  public List<Violation> validateUpdate(ModuleConfig old, ModuleConfig updated) {
    if (!updated.name().equals(ModuleConfig.VIRTUALIZATION)) {
      return List.of();
    }
    Optional<Long> before = old.metadata().generation();
    if (before.isPresent() && before.equals(updated.metadata().generation())) {
      return List.of();
    }
    Parsed next = parse(updated);
    if (next.error.isPresent()) {
      return List.of(next.error.get());
    }
    List<Violation> cidrErrors = cidrs(next.cidrs);
    if (!cidrErrors.isEmpty()) {
      return cidrErrors;
    }
    Parsed previous = parse(old);
    if (previous.error.isPresent()) {
      return List.of(previous.error.get());
    }
    return removals(previous.cidrs, next.cidrs);
  }

  private List<Violation> cidrs(List<Prefix> cidrs) {
    for (int i = 0; i < cidrs.size(); i++) {
      for (int j = i + 1; j < cidrs.size(); j++) {
        if (cidrs.get(i).overlaps(cidrs.get(j))) {
          return error(overlapMessage(cidrs.get(j).text, cidrs.get(i).text));
        }
      }
    }
    for (Node node : nodes) {
      for (NodeAddress address : node.status().map(NodeStatus::addresses).orElse(List.of())) {
        if (!address.type().equals("InternalIP") && !address.type().equals("ExternalIP")) {
          continue;
        }
        Optional<Prefix> ip = Prefix.host(address.address());
        if (ip.isEmpty()) {
          continue;
        }
        for (Prefix cidr : cidrs) {
          if (cidr.overlaps(ip.get())) {
            return error("check node " + node.name() + ": subnet " + cidr.text + " is invalid: should not contain"
                + " address " + address.address() + ADJUST);
          }
        }
      }
    }
    for (Map.Entry<String, Optional<String>> global : List.of(Map.entry("podSubnetCIDR", podSubnetCidr),
        Map.entry("serviceSubnetCIDR", serviceSubnetCidr))) {
      Optional<Prefix> subnet = global.getValue().flatMap(Prefix::parse);
      if (subnet.isEmpty()) {
        continue;
      }
      for (Prefix cidr : cidrs) {
        if (cidr.overlaps(subnet.get())) {
          return error("check overlap with global " + global.getKey() + ": subnet " + cidr.text + " is invalid:"
              + " should not overlap with subnet " + global.getValue().get() + ADJUST);
        }
      }
    }
    return List.of();
  }

  private List<Violation> removals(List<Prefix> old, List<Prefix> updated) {
    if (!old.isEmpty() && updated.isEmpty()) {
      return error("virtualMachineCIDRs cannot be removed entirely: once configured,"
          + " spec.settings.virtualMachineCIDRs cannot be cleared");
    }
    for (Prefix removed : old) {
      if (updated.stream().anyMatch(p -> p.sameAs(removed))) {
        continue;
      }
      for (VirtualMachineIPAddressLease lease : leases) {
        Optional<Prefix> ip = Prefix.host(IpLeaseNames.addressOf(lease.name()));
        if (ip.isPresent() && removed.overlaps(ip.get())) {
          return error("virtualMachineCIDRs item " + GoQuote.quote(removed.text) + " can't be removed:"
              + " VirtualMachineIPAddressLease/" + lease.name() + " holds IP address from this network");
        }
      }
    }
    return List.of();
  }

  private static List<Violation> error(String message) {
    return List.of(Violation.error(PATH, "dvp.moduleconfig.virtualMachineCIDRs", message));
  }

  private record Parsed(List<Prefix> cidrs, Optional<Violation> error) {}

  private static Parsed parse(ModuleConfig config) {
    Object value = config.spec().settings().get(ModuleConfigSpec.VIRTUAL_MACHINE_CIDRS);
    if (value == null) {
      return new Parsed(List.of(), Optional.empty());
    }
    if (!(value instanceof List<?> items)) {
      return new Parsed(List.of(), Optional.of(Violation.error(PATH, "dvp.moduleconfig.virtualMachineCIDRs",
          "failed to convert \"virtualMachineCIDRs\" to []interface{}")));
    }
    List<Prefix> out = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String text)) {
        return new Parsed(List.of(), Optional.of(Violation.error(PATH, "dvp.moduleconfig.virtualMachineCIDRs",
            "failed to convert value " + GoValue.format(item) + " to a string")));
      }
      Optional<String> problem = PrefixText.error(text);
      if (problem.isPresent()) {
        return new Parsed(List.of(), Optional.of(Violation.error(PATH, "dvp.moduleconfig.virtualMachineCIDRs",
            "failed to parse CIDR " + text + ": " + problem.get())));
      }
      out.add(Prefix.parse(text).orElseThrow());
    }
    return new Parsed(out, Optional.empty());
  }

  /** Builds a {@link CidrSettingsCheck}. Not thread-safe. */
  public static final class Builder {
    private List<Node> nodes = List.of();
    private Optional<String> podSubnetCidr = Optional.empty();
    private Optional<String> serviceSubnetCidr = Optional.empty();
    private List<VirtualMachineIPAddressLease> leases = List.of();
    private boolean fidelity;

    private Builder() {}

    /**
     * Sets the cluster's nodes, whose {@code InternalIP} and {@code ExternalIP} must lie outside every CIDR.
     *
     * @param nodes the nodes
     * @return this builder
     */
    public Builder nodes(List<Node> nodes) {
      this.nodes = List.copyOf(nodes);
      return this;
    }

    /**
     * Sets Deckhouse's {@code global.clusterConfiguration.podSubnetCIDR}.
     *
     * @param cidr e.g. {@code 10.111.0.0/16}
     * @return this builder
     */
    public Builder podSubnetCidr(String cidr) {
      this.podSubnetCidr = Optional.of(Objects.requireNonNull(cidr, "cidr"));
      return this;
    }

    /**
     * Sets Deckhouse's {@code global.clusterConfiguration.serviceSubnetCIDR}.
     *
     * @param cidr e.g. {@code 10.222.0.0/16}
     * @return this builder
     */
    public Builder serviceSubnetCidr(String cidr) {
      this.serviceSubnetCidr = Optional.of(Objects.requireNonNull(cidr, "cidr"));
      return this;
    }

    /**
     * Sets the existing IP leases (bound and released), which keep their CIDRs from being removed.
     *
     * @param leases the leases
     * @return this builder
     */
    public Builder leases(List<VirtualMachineIPAddressLease> leases) {
      this.leases = List.copyOf(leases);
      return this;
    }

    /**
     * Reproduces DVP: a CREATE is not validated.
     *
     * @param fidelity {@code true} to skip CREATE checks as DVP does
     * @return this builder
     */
    public Builder fidelity(boolean fidelity) {
      this.fidelity = fidelity;
      return this;
    }

    /** @return the check */
    public CidrSettingsCheck build() {
      return new CidrSettingsCheck(this);
    }
  }
}
