package dev.dvp.change;

import static dev.dvp.change.Specs.base;
import static dev.dvp.change.Specs.builder;
import static dev.dvp.change.Specs.ce;
import static dev.dvp.change.Specs.ee;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import dev.dvp.model.ProvisioningRefKind;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.VirtualMachineSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §5.6 provisioning and §5.5 networks. */
class ProvisioningNetworksTest {

  private static final Provisioning CLOUD_INIT = Provisioning.builder().type(ProvisioningType.USER_DATA)
      .userData("#cloud-config\n").build();
  private static final Provisioning USER_DATA_REF = Provisioning.builder().type(ProvisioningType.USER_DATA_REF)
      .userDataRef(ProvisioningRef.secret("cloud-init")).build();
  private static final Provisioning SYSPREP = Provisioning.builder().type(ProvisioningType.SYSPREP_REF)
      .sysprepRef(ProvisioningRef.secret("sysprep")).build();

  private static VirtualMachineSpec with(Provisioning provisioning) {
    return builder().provisioning(provisioning).build();
  }

  private static FieldChange only(SpecChanges changes) {
    assertThat(changes.changes()).hasSize(1);
    return changes.changes().get(0);
  }

  @Test
  void addingProvisioningRestartsWithTheWholeObject() {
    FieldChange change = only(SpecChanges.between(base(), with(CLOUD_INIT)));
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "add", "path", "provisioning",
        "desiredValue", Map.of("type", "UserData", "userData", "#cloud-config\n")));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void removingCloudInitIsImmediateRemovingSysprepRestarts() {
    assertThat(only(SpecChanges.between(with(CLOUD_INIT), base())).action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    FieldChange ref = only(SpecChanges.between(with(USER_DATA_REF), base()));
    assertThat(ref.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    assertThat(ref.currentValue()).contains(Map.of("type", "UserDataRef",
        "userDataRef", Map.of("kind", "Secret", "name", "cloud-init")));
    assertThat(only(SpecChanges.between(with(SYSPREP), base())).action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void aTypeChangeRendersTheTypeStrings() {
    FieldChange change = only(SpecChanges.between(with(CLOUD_INIT), with(SYSPREP)));
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "provisioning",
        "currentValue", "UserData", "desiredValue", "SysprepRef"));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void userDataTextChangeRestarts() {
    FieldChange change = only(SpecChanges.between(with(CLOUD_INIT), with(CLOUD_INIT.withUserData("#cloud-config\n"
        + "ssh_pwauth: True\n"))));
    assertThat(change.path()).isEqualTo("provisioning.userData");
    assertThat(change.desiredValue()).contains("#cloud-config\nssh_pwauth: True\n");
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void refChangesAreReportedAtKindThenName() {
    FieldChange name = only(SpecChanges.between(with(USER_DATA_REF),
        with(USER_DATA_REF.withUserDataRef(ProvisioningRef.secret("other")))));
    assertThat(name.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "provisioning.userDataRef.name",
        "currentValue", "cloud-init", "desiredValue", "other"));
    FieldChange sysprep = only(SpecChanges.between(with(SYSPREP), with(SYSPREP.withSysprepRef(
        ProvisioningRef.builder().kind(ProvisioningRefKind.of("ConfigMap")).name("other").build()))));
    assertThat(sysprep.toStatusEntry()).as("a kind change ends the comparison").isEqualTo(Map.of(
        "operation", "replace", "path", "provisioning.sysprepRef.kind", "currentValue", "Secret",
        "desiredValue", "ConfigMap"));
    Provisioning refless = Provisioning.builder().type(ProvisioningType.USER_DATA_REF).build();
    FieldChange added = only(SpecChanges.between(with(refless), with(USER_DATA_REF)));
    assertThat(added.toStatusEntry()).isEqualTo(Map.of("operation", "add", "path", "provisioning.userDataRef",
        "desiredValue", Map.of("kind", "Secret", "name", "cloud-init")));
    assertThat(added.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void undefaultedRefsWithoutKindHideANameChangeAndWarn() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    SpecChanges changes = SpecChanges.between(with(USER_DATA_REF),
        with(USER_DATA_REF.withUserDataRef(ProvisioningRef.secret("other"))), raw);
    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.warnings()).anyMatch(w -> w.startsWith("provisioning.userDataRef.kind is empty on both"));
  }

  private static NetworkInterface main() {
    return NetworkInterface.builder().type(NetworkType.MAIN).build();
  }

  private static NetworkInterface network(String name) {
    return NetworkInterface.builder().type(NetworkType.NETWORK).name(name).build();
  }

  private static VirtualMachineSpec networks(NetworkInterface... networks) {
    return builder().networks(List.of(networks)).build();
  }

  @Test
  void addingASecondaryNetworkIsImmediateInBothEditions() {
    for (ChangeContext context : List.of(ce(), ee())) {
      FieldChange change = only(SpecChanges.between(networks(main()), networks(main(), network("n1")), context));
      assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "networks",
          "currentValue", List.of(Map.of("type", "Main")),
          "desiredValue", List.of(Map.of("type", "Main"), Map.of("type", "Network", "name", "n1"))));
      assertThat(change.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    }
  }

  @Test
  void addingOrRemovingMainRestarts() {
    assertThat(only(SpecChanges.between(networks(main(), network("n1")), networks(network("n1")))).action())
        .isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(base(), networks(network("n1")))).action())
        .as("an absent list counts as having Main").isEqualTo(ChangeAction.RESTART);
    FieldChange explicitMain = only(SpecChanges.between(base(), networks(main(), network("n1"))));
    assertThat(explicitMain.operation()).isEqualTo(ChangeOperation.ADD);
    assertThat(explicitMain.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
  }

  @Test
  void reorderIsImmediateUnlessSeedGuideRules() {
    VirtualMachineSpec before = networks(main(), network("a"), network("b"));
    VirtualMachineSpec after = networks(main(), network("b"), network("a"));
    assertThat(only(SpecChanges.between(before, after)).action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    assertThat(only(SpecChanges.between(before, after, ChangeContext.builder().seedGuideRules(true).build())).action())
        .isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void filledInIdsAreAChangeWithoutAction() {
    VirtualMachineSpec before = networks(main(), network("a"));
    VirtualMachineSpec after = networks(main().withId(1), network("a").withId(2));
    FieldChange change = only(SpecChanges.between(before, after, ChangeContext.builder().seedGuideRules(true).build()));
    assertThat(change.action()).isEqualTo(ChangeAction.NONE);
    assertThat(change.desiredValue()).contains(List.of(Map.of("id", 1, "type", "Main"),
        Map.of("id", 2, "type", "Network", "name", "a")));
    assertThat(only(SpecChanges.between(after, networks(main().withId(1), network("a").withId(3)))).action())
        .as("a changed ID is not an autofill").isEqualTo(ChangeAction.APPLY_IMMEDIATE);
  }

  @Test
  void changingTheIpAddressNameOfANetworkIsImmediate() {
    FieldChange change = only(SpecChanges.between(networks(main(), network("a")),
        networks(main(), network("a").withIpAddressName("static"))));
    assertThat(change.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
  }
}
