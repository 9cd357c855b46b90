package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.ModuleConfigSpec;
import dev.dvp.model.Node;
import dev.dvp.model.NodeAddress;
import dev.dvp.model.NodeStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressLeaseSpec;
import dev.dvp.model.VirtualMachineIPAddressLeaseStatus;
import dev.dvp.model.VirtualMachineIPAddressRef;
import dev.dvp.model.VirtualMachineIPAddressSpec;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The vmip/vmipl webhooks (§6.6, §8), the ModuleConfig checks (§10), claim naming (§5) and the audit. */
class IpAdmissionTest {
  static final VirtualMachineCidrs CIDRS = VirtualMachineCidrs.parse(List.of("10.66.10.0/24"));

  static VirtualMachineIPAddress vmip(String name, VirtualMachineIPAddressSpec spec) {
    return VirtualMachineIPAddress.builder().metadata(ObjectMeta.of(name, "ns-a")).spec(spec).build();
  }

  static VirtualMachineIPAddressLease lease(String name, String ns, String reason) {
    var b = VirtualMachineIPAddressLease.builder().metadata(ObjectMeta.named(name))
        .spec(VirtualMachineIPAddressLeaseSpec.of(VirtualMachineIPAddressRef.of(ns, reason.equals("Released")
            ? "" : "x")));
    if (!reason.isEmpty()) {
      b.status(VirtualMachineIPAddressLeaseStatus.builder().addCondition(Condition.builder().type("Bound")
          .status(reason.equals("Bound") ? ConditionStatus.TRUE : ConditionStatus.FALSE).reason(reason).build())
          .build());
    }
    return b.build();
  }

  static List<String> messages(List<Violation> v) {
    return v.stream().map(Violation::message).toList();
  }

  @Test
  void createChecksInDvpOrder() {
    VirtualMachineIPAddress seed = vmip("linux-vm-custom-ip", VirtualMachineIPAddressSpec.ofStatic("10.66.20.77"));
    assertThat(messages(IpamAdmission.validateIpAddressCreate(seed, VirtualMachineCidrs.parse(List.of()), List.of())))
        .containsExactly("operations with VirtualMachineIPAddresses are forbidden: ModuleConfig/virtualization"
            + " spec.settings.virtualMachineCIDRs field is not configured");
    assertThat(messages(IpamAdmission.validateIpAddressCreate(seed, CIDRS, List.of())))
        .containsExactly("the requested address 10.66.20.77 is out of the valid range");
    assertThat(IpamAdmission.validateIpAddressCreate(seed,
        VirtualMachineCidrs.parse(List.of("10.66.10.0/24", "10.66.20.0/24")), List.of())).isEmpty();
    assertThat(messages(IpamAdmission.validateIpAddressCreate(vmip("s", VirtualMachineIPAddressSpec.builder()
        .type(dev.dvp.model.VirtualMachineIPAddressType.STATIC).build()), CIDRS, List.of())))
        .containsExactly("the 'Static IP' field should be set for the IP address with the 'Static' type");
    assertThat(messages(IpamAdmission.validateIpAddressCreate(vmip("s",
        VirtualMachineIPAddressSpec.ofStatic("10.66.010.14")), CIDRS, List.of()))).containsExactly(
        "the specified static IP address \"10.66.010.14\" is not a valid textual representation of an IP address");
    assertThat(messages(IpamAdmission.validateIpAddressCreate(vmip("a", VirtualMachineIPAddressSpec.ofAuto()
        .withStaticIP("10.66.10.3")), CIDRS, List.of()))).containsExactly("the VirtualMachineIPAddress cannot be"
        + " created: The 'Static IP' field is set for the a IP address with the 'Auto' type");
  }

  @Test
  void staticRequestsAgainstExistingLeases() {
    VirtualMachineIPAddress req = vmip("ip", VirtualMachineIPAddressSpec.ofStatic("10.66.10.14"));
    String taken = "the VirtualMachineIPAddress cannot be created: the specified IP address 10.66.10.14 has already"
        + " been allocated and has not been released";
    assertThat(messages(IpamAdmission.validateIpAddressCreate(req, CIDRS,
        List.of(lease("ip-10-66-10-14", "ns-b", "Bound"))))).containsExactly(taken);
    assertThat(messages(IpamAdmission.validateIpAddressCreate(req, CIDRS,
        List.of(lease("ip-10-66-10-14", "ns-a", ""))))).as("no conditions yet").containsExactly(taken);
    assertThat(IpamAdmission.validateIpAddressCreate(req, CIDRS, List.of(lease("ip-10-66-10-14", "ns-b",
        "Released")))).as("namespaces are not compared by the webhook").isEmpty();
    for (String out : List.of("10.66.10.0", "10.66.10.255")) {
      assertThat(messages(IpamAdmission.validateIpAddressCreate(vmip("ip", VirtualMachineIPAddressSpec.ofStatic(out)),
          CIDRS, List.of()))).containsExactly("the requested address " + out + " is out of the valid range");
    }
    assertThat(IpamAdmission.validateIpLeaseCreate(lease("ip-10-66-10-14", "a", "")).isEmpty()).isTrue();
    assertThat(messages(IpamAdmission.validateIpLeaseCreate(lease("ip-10-66-10", "a", "")))).containsExactly(
        "the VirtualMachineIpAddressLease address is not a valid textual representation of an IP address");
  }

  @Test
  void updatesOfBoundClaims() {
    VirtualMachineIPAddressStatus bound = VirtualMachineIPAddressStatus.builder().address("10.66.10.1")
        .addCondition(Condition.of("Bound", ConditionStatus.TRUE, "Bound", "")).build();
    VirtualMachineIPAddress auto = vmip("a", VirtualMachineIPAddressSpec.ofAuto()).withStatus(bound);
    VirtualMachineIPAddressLease own = lease("ip-10-66-10-1", "ns-a", "Bound");
    List<Violation> retype = IpamAdmission.validateIpAddressUpdate(auto,
        auto.withSpec(VirtualMachineIPAddressSpec.ofStatic("10.66.10.1")), CIDRS, List.of(own));
    assertThat(retype).extracting(Violation::severity, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Violation.Severity.ERROR, "the VirtualMachineIPAddress cannot be created:"
            + " the specified IP address 10.66.10.1 has already been allocated and has not been released"),
        org.assertj.core.groups.Tuple.tuple(Violation.Severity.WARNING, retype.get(1).message()));
    assertThat(retype.get(1).message()).contains("own lease");
    assertThat(messages(IpamAdmission.validateIpAddressUpdate(auto,
        auto.withSpec(VirtualMachineIPAddressSpec.ofStatic("10.66.10.9")), CIDRS, List.of(own)))).containsExactly(
        "only type change Auto->Static is allowed: can't change current IP 10.66.10.1 to the specified 10.66.10.9");
    VirtualMachineIPAddress fixed = vmip("s", VirtualMachineIPAddressSpec.ofStatic("10.66.10.1")).withStatus(bound);
    assertThat(messages(IpamAdmission.validateIpAddressUpdate(fixed,
        fixed.withSpec(VirtualMachineIPAddressSpec.ofStatic("10.66.20.9")), CIDRS, List.of()))).containsExactly(
        "The requested address 10.66.20.9 is out of the valid range",
        "the VirtualMachineIPAddress is in 'Bound' state -> static IP cannot be changed");
    assertThat(messages(IpamAdmission.validateIpAddressUpdate(fixed, fixed.withSpec(VirtualMachineIPAddressSpec
        .ofAuto()), CIDRS, List.of())))
        .containsExactly("the VirtualMachineIPAddress is in 'Bound' state -> type cannot be changed");
  }

  static ModuleConfig mc(long generation, Object cidrs) {
    return ModuleConfig.builder().metadata(ObjectMeta.builder().name("virtualization").generation(generation).build())
        .spec(ModuleConfigSpec.builder().putSetting("virtualMachineCIDRs", cidrs).build()).build();
  }

  @Test
  void moduleConfigUpdateChecks() {
    Node node = Node.builder().metadata(ObjectMeta.named("virtlab-pt-1")).status(NodeStatus.builder()
        .addAddress(NodeAddress.builder().type("InternalIP").address("10.66.10.200").build()).build()).build();
    VirtualMachineIPAddressLease held = lease("ip-10-0-0-7", "ns", "Released");
    CidrSettingsCheck check = CidrSettingsCheck.builder().nodes(List.of(node)).podSubnetCidr("10.111.0.0/16")
        .serviceSubnetCidr("10.222.0.0/16").leases(List.of(held)).build();
    ModuleConfig old = mc(1, List.of("10.0.0.0/24"));
    assertThat(messages(check.validateUpdate(old, mc(2, List.of("10.0.0.0/24", "10.0.0.128/25"))))).containsExactly(
        "no overlaps allowed: subnet 10.0.0.128/25 is invalid: should not overlap with subnet 10.0.0.0/24. Please"
            + " adjust the configuration to resolve this issue");
    assertThat(messages(check.validateUpdate(old, mc(2, List.of("10.0.0.0/24", "10.66.10.0/24"))))).containsExactly(
        "check node virtlab-pt-1: subnet 10.66.10.0/24 is invalid: should not contain address 10.66.10.200. Please"
            + " adjust the configuration to resolve this issue");
    assertThat(messages(check.validateUpdate(old, mc(2, List.of("10.0.0.0/24", "10.111.5.0/24"))))).containsExactly(
        "check overlap with global podSubnetCIDR: subnet 10.111.5.0/24 is invalid: should not overlap with subnet"
            + " 10.111.0.0/16. Please adjust the configuration to resolve this issue");
    assertThat(messages(check.validateUpdate(old, mc(2, List.of("10.0.0.0/23"))))).containsExactly(
        "virtualMachineCIDRs item \"10.0.0.0/24\" can't be removed: VirtualMachineIPAddressLease/ip-10-0-0-7 holds"
            + " IP address from this network");
    assertThat(messages(check.validateUpdate(old, mc(2, List.of()))).get(0)).startsWith(
        "virtualMachineCIDRs cannot be removed entirely");
    assertThat(check.validateUpdate(old, mc(1, List.of()))).as("generation unchanged: not checked").isEmpty();
    assertThat(check.validateUpdate(old, mc(2, List.of("10.0.0.0/24", "10.1.0.0/24")))).isEmpty();
    assertThat(messages(check.validateUpdate(old, mc(2, List.of("bad"))))).containsExactly(
        "failed to parse CIDR bad: netip.ParsePrefix(\"bad\"): no '/'");
    assertThat(messages(check.validateUpdate(old, mc(2, "10.0.0.0/24")))).containsExactly(
        "failed to convert \"virtualMachineCIDRs\" to []interface{}");
    assertThat(messages(check.validateUpdate(old, mc(2, List.of(7))))).containsExactly(
        "failed to convert value 7 to a string");
    ModuleConfig overlapping = mc(1, List.of("10.0.0.0/24", "10.0.0.0/25"));
    assertThat(check.validateCreate(overlapping)).hasSize(1);
    assertThat(CidrSettingsCheck.builder().fidelity(true).build().validateCreate(overlapping)).isEmpty();
  }

  @Test
  void automaticClaimsLikeTheApiServer() {
    VirtualMachine vm = VirtualMachine.builder().metadata(ObjectMeta.builder().name("linux-vm").namespace("default")
        .uid("8a3d0f52").build()).spec(dev.dvp.model.VirtualMachineSpec.builder()
        .cpu(dev.dvp.model.Cpu.builder().cores(1).build())
        .memory(dev.dvp.model.Memory.builder().size(dev.dvp.model.Quantity.parse("1Gi")).build())
        .build()).build();
    VirtualMachineIPAddress claim = IpClaims.automaticFor(vm, RandomGeneratorFactory.of("L64X128MixRandom")
        .create(1));
    assertThat(claim.name()).matches("linux-vm-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(claim.metadata().generateName()).contains("linux-vm-");
    assertThat(claim.metadata().labels()).containsEntry("virtualization.deckhouse.io/virtual-machine-uid", "8a3d0f52");
    assertThat(claim.metadata().ownerReferences()).singleElement().satisfies(o -> {
      assertThat(o.controller()).contains(true);
      assertThat(o.blockOwnerDeletion()).contains(true);
    });
    assertThat(IpClaims.virtualMachineName(claim)).isEqualTo("linux-vm");
    assertThat(IpClaims.isDeletedWith(claim, vm)).isTrue();
    assertThat(IpClaims.isDeletedWith(IpClaims.kept(claim), vm)).isFalse();
    assertThat(IpClaims.completeName("x".repeat(70) + "-", RandomGeneratorFactory.of("L64X128MixRandom").create(1)))
        .hasSize(63);
  }

  @Test
  void auditFindsInconsistencies() {
    ModuleConfig mc = mc(1, List.of("10.66.10.0/24", "fd00::/64"));
    VirtualMachineIPAddressLease first = lease("ip-10-66-10-14", "default", "Bound");
    VirtualMachineIPAddressLease outside = lease("ip-10-9-9-9", "default", "Bound")
        .withSpec(VirtualMachineIPAddressLeaseSpec.of(VirtualMachineIPAddressRef.of("default", "y")));
    VirtualMachineIPAddressLease orphan = VirtualMachineIPAddressLease.builder()
        .metadata(ObjectMeta.named("ip-10-66-10-20")).build();
    VirtualMachineIPAddress a = vmip("x", VirtualMachineIPAddressSpec.ofStatic("10.66.20.77"));
    VirtualMachineIPAddress b = vmip("y", VirtualMachineIPAddressSpec.ofStatic("10.66.20.77"));
    IpamAuditReport report = IpamAudit.audit(ResourceSet.of(List.of(mc, first, outside, orphan,
        a.withMetadata(ObjectMeta.of("x", "default")), b.withMetadata(ObjectMeta.of("y", "default")))),
        IpPoolOptions.defaults());
    assertThat(report.findings()).extracting(f -> f.subject().name() + " " + f.violation().code())
        .containsExactlyInAnyOrder(
            "y ipam.vmip.duplicate",
            "virtualization ipam.cidr.ipv6",
            "ip-10-9-9-9 ipam.lease.outOfRange",
            "ip-10-66-10-20 ipam.lease.orphan",
            "x dvp.vmip.outOfRange",
            "y dvp.vmip.outOfRange");
    assertThat(report.capacity()).containsExactly(new CidrCapacity("10.66.10.0/24", 254, 2, 252));
    assertThat(new IpamCheck().check(ResourceSet.of(List.of(mc)))).hasSize(1);

  }
}
