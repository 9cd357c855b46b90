package dev.dvp.change;

import dev.dvp.model.CoreFraction;
import dev.dvp.model.cluster.Edition;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.VirtualMachinePhase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything outside the two specs that decides how DVP treats a spec change: the edition and hot-plug feature
 * gates of the cluster, the runtime facts the controller reads (VM phase and generation, whether the VM is
 * migratable, project quotas, which block devices were attached at boot), and the SDK's own choices (compare
 * CRD-defaulted specs, follow the seed user guide instead of DVP's current code).
 *
 * <p>{@link #defaults()} is the seed's default configuration: CE, no feature gates, a running migratable VM at
 * generation 1 with no quota and no known boot-attached devices. Change what you know:
 * <pre>{@code
 * ChangeContext ee = ChangeContext.builder()
 *     .edition(Edition.EE)
 *     .addFeatureGates(HotplugFeatureGate.HOTPLUG_CPU_WITH_LIVE_MIGRATION)
 *     .addBootAttachedBlockDevices(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-root"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ChangeContext extends WithChangeContext {
  /** @return the edition; {@link Edition#CE} unless set */
  @Value.Default
  default Edition edition() {
    return Edition.CE;
  }

  /** @return the hot-plug feature gates that are on; none unless set (DVP's default in every edition) */
  Set<HotplugFeatureGate> featureGates();

  /**
   * Whether both specs are compared with the CRD defaults filled in ({@code runPolicy}, {@code disruptions},
   * {@code terminationGracePeriodSeconds}, {@code enableParavirtualization}, {@code osType}, {@code bootloader},
   * provisioning ref {@code kind}), as the API server stores them and DVP compares them. With {@code false} the
   * specs are compared as given, and the result carries a warning.
   *
   * @return {@code true} unless set
   */
  @Value.Default
  default boolean crdDefaults() {
    return true;
  }

  /**
   * Whether to follow the seed user guide instead of DVP's current code where they differ: every block-device
   * change and every {@code networks} change (other than ID autofill) needs a restart, including a reorder.
   *
   * @return {@code false} unless set (DVP's current behaviour)
   */
  @Value.Default
  default boolean seedGuideRules() {
    return false;
  }

  /**
   * The percentage DVP resolves {@code coreFraction: Auto} to before comparing (the sizing recommendation, else the
   * class policy's seed; see dvp-sizing). Without it, {@code Auto} is compared as written and the result warns.
   *
   * @return the effective core fraction, e.g. {@code "25%"}
   */
  Optional<String> autoCoreFraction();

  /** @return whether the VM's {@code Migratable} condition is not {@code False}; {@code true} unless set */
  @Value.Default
  default boolean migratable() {
    return true;
  }

  /** @return the namespace's ResourceQuotas, read by the hot-plug quota check */
  List<ProjectQuota> quotas();

  /**
   * The block devices the running instance attached at boot (volumes that are not hot-pluggable), by kind and name
   * ({@code bootOrder} is ignored). A hot-plug change that touches one needs a restart. Empty when unknown or when
   * the instance cannot be read; then the upgrade does not run, as in DVP.
   *
   * @return the boot-attached devices
   */
  List<BlockDeviceRef> bootAttachedBlockDevices();

  /** @return the VM's phase; {@link VirtualMachinePhase#RUNNING} unless set */
  @Value.Default
  default VirtualMachinePhase phase() {
    return VirtualMachinePhase.RUNNING;
  }

  /** @return the VM's {@code metadata.generation}, written as the conditions' {@code observedGeneration}; 1 unless set */
  @Value.Default
  default long generation() {
    return 1;
  }

  /**
   * Whether the VM's dependencies are ready (block devices, IP address, provisioning, class, sizing policy, MAC
   * address). When they are not, DVP writes {@code restartAwaitingChanges} and stops: {@code ConfigurationApplied}
   * is False with the dependencies message and {@code AwaitingRestartToApplyConfiguration} is not set.
   *
   * @return {@code true} unless set
   */
  @Value.Default
  default boolean dependenciesReady() {
    return true;
  }

  /**
   * Whether the internal KubeVirt VM reports {@code RestartRequired=True} with no pending state-change request; it
   * raises {@code AwaitingRestartToApplyConfiguration} with reason {@code UnexpectedState} when nothing else does.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  default boolean internalRestartRequired() {
    return false;
  }

  /** @return the VM's VirtualMachineClass changes, from {@link ClassChanges#between} */
  List<FieldChange> classChanges();

  /** Rejects gate sets DVP refuses for the edition, and impossible numbers. */
  @Value.Check
  default void check() {
    if (edition() == Edition.CE && !featureGates().isEmpty()) {
      String names = featureGates().stream().sorted().map(HotplugFeatureGate::gateName)
          .collect(Collectors.joining(", "));
      throw new IllegalArgumentException("spec.settings.featureGates: feature gates not available in the CE edition: "
          + names + " (Maybe set edition(Edition.EE), or leave the hot-plug gates off)");
    }
    if (generation() < 0) {
      throw new IllegalArgumentException("generation must be 0 or more (metadata.generation); got " + generation());
    }
    autoCoreFraction().ifPresent(f -> {
      if (CoreFraction.percent(f).isEmpty()) {
        throw new IllegalArgumentException("autoCoreFraction must be a percentage from \"1%\" to \"100%\"; got \""
            + f + "\" (Maybe pass the fraction DVP resolved Auto to, e.g. \"25%\")");
      }
    });
  }

  /**
   * Returns the default context: CE, no feature gates, a running migratable VM.
   *
   * @return the shared default context
   */
  static ChangeContext defaults() {
    return ContextDefaults.CONTEXT;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableChangeContext.Builder builder() {
    return ImmutableChangeContext.builder();
  }
}
