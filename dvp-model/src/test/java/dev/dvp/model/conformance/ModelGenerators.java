package dev.dvp.model.conformance;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Bootloader;
import dev.dvp.model.Checksum;
import dev.dvp.model.ClassCpu;
import dev.dvp.model.ClusterImagePullSecret;
import dev.dvp.model.ClusterVirtualImage;
import dev.dvp.model.ClusterVirtualImageContainerImage;
import dev.dvp.model.ClusterVirtualImageDataSource;
import dev.dvp.model.ClusterVirtualImageObjectRef;
import dev.dvp.model.ClusterVirtualImageSpec;
import dev.dvp.model.ContainerImageDataSource;
import dev.dvp.model.CoresRange;
import dev.dvp.model.Cpu;
import dev.dvp.model.CpuDiscovery;
import dev.dvp.model.CpuType;
import dev.dvp.model.DataSourceType;
import dev.dvp.model.Disruptions;
import dev.dvp.model.GpuRef;
import dev.dvp.model.HttpDataSource;
import dev.dvp.model.ImageObjectRefKind;
import dev.dvp.model.ImagePullSecret;
import dev.dvp.model.IntOrString;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.MemoryPolicy;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.OsType;
import dev.dvp.model.PerCoreMemory;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import dev.dvp.model.ProvisioningRefKind;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.Quantity;
import dev.dvp.model.Resource;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import dev.dvp.model.UploadDataSource;
import dev.dvp.model.UsbDeviceRef;
import dev.dvp.model.VirtualDisk;
import dev.dvp.model.VirtualDiskDataSource;
import dev.dvp.model.VirtualDiskObjectRef;
import dev.dvp.model.VirtualDiskObjectRefKind;
import dev.dvp.model.VirtualDiskPersistentVolumeClaim;
import dev.dvp.model.VirtualDiskSpec;
import dev.dvp.model.VirtualImage;
import dev.dvp.model.VirtualImageDataSource;
import dev.dvp.model.VirtualImageObjectRef;
import dev.dvp.model.VirtualImagePersistentVolumeClaim;
import dev.dvp.model.VirtualImageSpec;
import dev.dvp.model.VirtualImageStorage;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentRef;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentSpec;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineClassSpec;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressLeaseSpec;
import dev.dvp.model.VirtualMachineIPAddressRef;
import dev.dvp.model.VirtualMachineIPAddressSpec;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressLease;
import dev.dvp.model.VirtualMachineMACAddressLeaseSpec;
import dev.dvp.model.VirtualMachineMACAddressRef;
import dev.dvp.model.VirtualMachineMACAddressSpec;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationClone;
import dev.dvp.model.VirtualMachineOperationCloneCustomization;
import dev.dvp.model.VirtualMachineOperationMigrate;
import dev.dvp.model.VirtualMachineOperationNameReplacement;
import dev.dvp.model.VirtualMachineOperationNameReplacementFrom;
import dev.dvp.model.VirtualMachineOperationRestore;
import dev.dvp.model.VirtualMachineOperationSnapshotMode;
import dev.dvp.model.VirtualMachineOperationSpec;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachineSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of VALID objects of each DVP kind the SDK models: valid for the CRD schema (including
 * its CEL rules) and so for the SDK. Each generator draws every optional field as present or absent, so a run
 * covers the shapes a manifest can take.
 *
 * <p>To cover a new kind, write a {@code Gen<NewKind>} below and add one line to {@link #kinds()}; the conformance
 * and round-trip properties pick it up.
 */
final class ModelGenerators {
  private ModelGenerators() {}

  /** A generator of one kind, named for test display. */
  record KindGen(String name, Gen<? extends Resource> gen) {
    /** The generator as one of resources, printing failures as YAML. */
    Gen<Resource> resources() {
      Gen<Resource> widened = gen.map(r -> r);
      return widened.describedAs(r -> "\n" + Manifests.standard().toYaml(r));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every kind with a generator; the properties run over all of them. */
  static List<KindGen> kinds() {
    return List.of(
        new KindGen("VirtualMachine", virtualMachines()),
        new KindGen("VirtualMachineClass v1alpha2", virtualMachineClasses(false)),
        new KindGen("VirtualMachineClass v1alpha3", virtualMachineClasses(true)),
        new KindGen("VirtualMachineOperation", virtualMachineOperations()),
        new KindGen("VirtualMachineBlockDeviceAttachment", blockDeviceAttachments()),
        new KindGen("VirtualMachineIPAddress", ipAddresses()),
        new KindGen("VirtualMachineIPAddressLease", ipAddressLeases()),
        new KindGen("VirtualMachineMACAddress", macAddresses()),
        new KindGen("VirtualMachineMACAddressLease", macAddressLeases()),
        new KindGen("VirtualDisk", virtualDisks()),
        new KindGen("VirtualImage", virtualImages()),
        new KindGen("ClusterVirtualImage", clusterVirtualImages()));
  }

  // ------------------------------------------------------------------ building blocks

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String LABEL_INNER = LOWER + "0123456789-";
  private static final String LABEL_END = LOWER + "0123456789";
  private static final List<String> MEMORY_SUFFIXES = List.of("Ki", "Mi", "Gi", "Ti", "k", "M", "G", "");

  private static boolean coin(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return Generate.pick(values).generate(in);
  }

  private static <T> Optional<T> maybe(RandomnessSource in, Function<RandomnessSource, T> value) {
    return coin(in) ? Optional.of(value.apply(in)) : Optional.empty();
  }

  private static <T> List<T> listOf(RandomnessSource in, int min, int max, Function<RandomnessSource, T> element) {
    int size = between(in, min, max);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.apply(in));
    }
    return out;
  }

  private static char charOf(RandomnessSource in, String alphabet) {
    return alphabet.charAt(between(in, 0, alphabet.length() - 1));
  }

  /** A DNS-1123 label of 1 to {@code maxLength} characters. */
  static String dnsLabel(RandomnessSource in, int maxLength) {
    int length = between(in, 1, maxLength);
    StringBuilder out = new StringBuilder(length).append(charOf(in, LOWER));
    for (int i = 1; i < length - 1; i++) {
      out.append(charOf(in, LABEL_INNER));
    }
    if (length > 1) {
      out.append(charOf(in, LABEL_END));
    }
    return out.toString();
  }

  static String name(RandomnessSource in) {
    return dnsLabel(in, 20);
  }

  /** Free text, including characters YAML must quote or escape. */
  static String text(RandomnessSource in, int maxLength) {
    String alphabet = LOWER + "ABC 0123456789:#-'\"\\\n\tяЖ{}[],&*!|>%@`";
    int length = between(in, 0, maxLength);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(charOf(in, alphabet));
    }
    return out.toString();
  }

  static Map<String, String> labels(RandomnessSource in) {
    Map<String, String> out = new LinkedHashMap<>();
    int size = between(in, 0, 3);
    for (int i = 0; i < size; i++) {
      String key = (coin(in) ? "example.com/" : "") + name(in);
      out.put(key, coin(in) ? name(in) : "");
    }
    return out;
  }

  static ObjectMeta metadata(RandomnessSource in, boolean namespaced) {
    var b = ObjectMeta.builder();
    if (coin(in) || !namespaced) {
      b.name(name(in));
    } else {
      b.generateName(name(in) + "-");
    }
    if (namespaced) {
      maybe(in, ModelGenerators::name).ifPresent(b::namespace);
    }
    return b.labels(labels(in)).annotations(labels(in)).build();
  }

  /** A memory size the CRD's quantity pattern accepts, in the forms people write. */
  static Quantity memorySize(RandomnessSource in) {
    String suffix = pick(in, MEMORY_SUFFIXES);
    String number = coin(in) ? Integer.toString(between(in, 1, 4096))
        : between(in, 1, 64) + "." + between(in, 1, 9);
    return Quantity.parse(number + suffix);
  }

  static String percent(RandomnessSource in) {
    return between(in, 1, 100) + "%";
  }

  static Toleration toleration(RandomnessSource in) {
    var b = Toleration.builder();
    boolean exists = coin(in);
    if (exists) {
      b.operator(TolerationOperator.EXISTS);
      maybe(in, ModelGenerators::name).ifPresent(b::key);
    } else {
      b.operator(TolerationOperator.EQUAL).key(name(in)).value(name(in));
    }
    maybe(in, i -> pick(i, TaintEffect.knownValues())).ifPresent(b::effect);
    maybe(in, i -> (long) between(i, 0, 3600)).ifPresent(b::tolerationSeconds);
    return b.build();
  }

  static LabelSelector matchLabels(RandomnessSource in) {
    return LabelSelector.builder().matchLabels(labels(in)).build();
  }

  // ------------------------------------------------------------------ VirtualMachine

  static Gen<VirtualMachine> virtualMachines() {
    return in -> VirtualMachine.builder()
        .metadata(metadata(in, true))
        .spec(virtualMachineSpec(in))
        .build();
  }

  static VirtualMachineSpec virtualMachineSpec(RandomnessSource in) {
    Optional<OsType> osType = maybe(in, i -> pick(i, OsType.knownValues()));
    boolean legacy = osType.map(OsType.LEGACY::equals).orElse(false);
    Optional<Boolean> paravirtualization = maybe(in, ModelGenerators::coin);
    // CEL: a Legacy guest without paravirtualization has at most 4 block devices.
    int maxDevices = legacy && !paravirtualization.orElse(true) ? 4 : 16;
    var b = VirtualMachineSpec.builder()
        .virtualMachineClassName(name(in))
        .cpu(Cpu.builder().cores(between(in, 1, 256))
            .coreFraction(maybe(in, i -> coin(i) ? "Auto" : percent(i))).build())
        .memory(Memory.of(memorySize(in)))
        .blockDeviceRefs(listOf(in, 1, maxDevices, ModelGenerators::blockDeviceRef))
        .runPolicy(maybe(in, i -> pick(i, RunPolicy.knownValues())))
        .virtualMachineIPAddressName(maybe(in, ModelGenerators::name))
        .nodeSelector(labels(in))
        .priorityClassName(maybe(in, ModelGenerators::name))
        .tolerations(listOf(in, 0, 3, ModelGenerators::toleration))
        .disruptions(maybe(in, i -> Disruptions.builder()
            .restartApprovalMode(maybe(i, j -> pick(j, RestartApprovalMode.knownValues()))).build()))
        .terminationGracePeriodSeconds(maybe(in, i -> (long) between(i, 0, 3600)))
        .enableParavirtualization(paravirtualization)
        .osType(osType)
        .liveMigrationPolicy(maybe(in, i -> pick(i, LiveMigrationPolicy.knownValues())))
        .networks(listOf(in, 0, 3, ModelGenerators::networkInterface))
        .usbDevices(listOf(in, 0, 8, i -> UsbDeviceRef.builder().name(name(i)).build()))
        .gpus(listOf(in, 0, 4, i -> GpuRef.builder().gpuClassName(name(i) + (coin(i) ? "." + name(i) : "")).build()));
    // CEL: a Legacy guest boots with BIOS and has no provisioning.
    if (legacy) {
      b.bootloader(maybe(in, i -> Bootloader.BIOS));
    } else {
      b.bootloader(maybe(in, i -> pick(i, Bootloader.knownValues())));
      b.provisioning(maybe(in, ModelGenerators::provisioning));
    }
    return b.build();
  }

  /**
   * VirtualMachines with up to three of the mistakes people make (too few cores, a bad core fraction, an unknown
   * run policy, 17 block devices, a Legacy guest with EFI), so that properties also meet violations.
   */
  static Gen<VirtualMachine> possiblyBrokenVirtualMachines() {
    return in -> {
      VirtualMachine vm = virtualMachines().generate(in);
      int mistakes = between(in, 0, 3);
      for (int m = 0; m < mistakes; m++) {
        VirtualMachineSpec spec = vm.spec();
        switch (between(in, 0, 4)) {
          case 0 -> spec = spec.withCpu(spec.cpu().withCores(between(in, -2, 0)));
          case 1 -> spec = spec.withCpu(spec.cpu().withCoreFraction(pick(in, List.of("0%", "101%", "auto", "50"))));
          case 2 -> spec = spec.withRunPolicy(RunPolicy.of(pick(in, List.of("Sometimes", "alwaysOn", ""))));
          case 3 -> spec = spec.withBlockDeviceRefs(listOf(in, 17, 17, ModelGenerators::blockDeviceRef));
          default -> spec = spec.withOsType(OsType.LEGACY).withBootloader(Bootloader.EFI);
        }
        vm = vm.withSpec(spec);
      }
      return vm;
    };
  }

  static BlockDeviceRef blockDeviceRef(RandomnessSource in) {
    return BlockDeviceRef.builder()
        .kind(pick(in, BlockDeviceKind.knownValues()))
        .name(name(in))
        .bootOrder(maybe(in, i -> between(i, 1, 16)))
        .build();
  }

  static NetworkInterface networkInterface(RandomnessSource in) {
    NetworkType type = pick(in, NetworkType.knownValues());
    var b = NetworkInterface.builder().type(type)
        .id(maybe(in, i -> between(i, 1, 16)))
        .virtualMachineMACAddressName(maybe(in, ModelGenerators::name))
        .ipAddressName(maybe(in, ModelGenerators::name));
    if (!type.equals(NetworkType.MAIN)) {
      b.name(name(in));
    }
    return b.build();
  }

  static Provisioning provisioning(RandomnessSource in) {
    ProvisioningType type = pick(in, ProvisioningType.knownValues());
    var b = Provisioning.builder().type(type);
    ProvisioningRef ref = ProvisioningRef.builder().name(name(in))
        .kind(maybe(in, i -> pick(i, ProvisioningRefKind.knownValues()))).build();
    if (type.equals(ProvisioningType.USER_DATA)) {
      b.userData("#cloud-config\n" + text(in, 200));
    } else if (type.equals(ProvisioningType.USER_DATA_REF)) {
      b.userDataRef(ref);
    } else {
      b.sysprepRef(ref);
    }
    return b.build();
  }

  // ------------------------------------------------------------------ VirtualMachineClass

  /** Classes of {@code v1alpha3} ({@code "N%"} core fractions) or {@code v1alpha2} (integers). */
  static Gen<VirtualMachineClass> virtualMachineClasses(boolean v1alpha3) {
    return in -> VirtualMachineClass.builder()
        .apiVersion(v1alpha3 ? VirtualMachineClass.API_VERSION_V1ALPHA3 : VirtualMachineClass.API_VERSION)
        .metadata(metadata(in, false))
        .spec(VirtualMachineClassSpec.builder()
            .cpu(classCpu(in))
            .nodeSelector(maybe(in, ModelGenerators::matchLabels))
            .sizingPolicies(listOf(in, 0, 16, i -> sizingPolicy(i, v1alpha3)))
            .tolerations(listOf(in, 0, 3, ModelGenerators::toleration))
            .build())
        .build();
  }

  static ClassCpu classCpu(RandomnessSource in) {
    CpuType type = pick(in, CpuType.knownValues());
    var b = ClassCpu.builder().type(type);
    if (type.equals(CpuType.MODEL)) {
      b.model(pick(in, List.of("Nehalem", "Westmere", "Skylake-Server", "EPYC")));
    } else if (type.equals(CpuType.FEATURES)) {
      b.features(listOf(in, 1, 4, i -> pick(i, List.of("mmx", "vmx", "sse2", "avx", "avx2", "aes"))));
    } else if (type.equals(CpuType.DISCOVERY)) {
      b.discovery(maybe(in, i -> CpuDiscovery.builder().nodeSelector(maybe(i, ModelGenerators::matchLabels)).build()));
    }
    return b.build();
  }

  static SizingPolicy sizingPolicy(RandomnessSource in, boolean v1alpha3) {
    int min = between(in, 1, 1023);
    int max = between(in, min + 1, 1024);
    // CEL: max > step.
    Optional<Integer> step = maybe(in, i -> between(i, 1, max - 1));
    var b = SizingPolicy.builder()
        .cores(CoresRange.builder().min(min).max(max).step(step).build())
        .memory(maybe(in, ModelGenerators::memoryPolicy))
        .dedicatedCores(listOf(in, 0, 2, ModelGenerators::coin));
    if (v1alpha3) {
      b.coreFractions(listOf(in, 0, 5, i -> IntOrString.of(percent(i))));
      b.defaultCoreFraction(maybe(in, i -> IntOrString.of(coin(i) ? "Auto" : percent(i))));
    } else {
      b.coreFractions(listOf(in, 0, 5, i -> IntOrString.of(between(i, 1, 100))));
      b.defaultCoreFraction(maybe(in, i -> coin(i) ? IntOrString.of("Auto") : IntOrString.of(between(i, 1, 100))));
    }
    return b.build();
  }

  static MemoryPolicy memoryPolicy(RandomnessSource in) {
    return MemoryPolicy.builder()
        .min(maybe(in, ModelGenerators::memorySize))
        .max(maybe(in, ModelGenerators::memorySize))
        .step(maybe(in, ModelGenerators::memorySize))
        .perCore(maybe(in, i -> PerCoreMemory.builder()
            .min(maybe(i, ModelGenerators::memorySize)).max(maybe(i, ModelGenerators::memorySize)).build()))
        .build();
  }

  // ------------------------------------------------------------------ VirtualMachineOperation

  static Gen<VirtualMachineOperation> virtualMachineOperations() {
    return in -> {
      VirtualMachineOperationType type = pick(in, VirtualMachineOperationType.knownValues());
      var spec = VirtualMachineOperationSpec.builder()
          .type(type)
          .virtualMachineName(name(in));
      // CEL: Start is never forced; Restore and Clone need their sections; migrate only with Migrate.
      if (!type.equals(VirtualMachineOperationType.START)) {
        spec.force(maybe(in, ModelGenerators::coin));
      }
      if (type.equals(VirtualMachineOperationType.RESTORE)) {
        spec.restore(VirtualMachineOperationRestore.builder()
            .mode(pick(in, VirtualMachineOperationSnapshotMode.knownValues()))
            .virtualMachineSnapshotName(name(in)).build());
      }
      if (type.equals(VirtualMachineOperationType.CLONE)) {
        spec.clone(clone(in));
      }
      if (type.equals(VirtualMachineOperationType.MIGRATE)) {
        spec.migrate(maybe(in, i -> VirtualMachineOperationMigrate.builder().nodeSelector(labels(i)).build()));
      }
      return VirtualMachineOperation.builder().metadata(metadata(in, true)).spec(spec.build()).build();
    };
  }

  static VirtualMachineOperationClone clone(RandomnessSource in) {
    var b = VirtualMachineOperationClone.builder()
        .mode(pick(in, VirtualMachineOperationSnapshotMode.knownValues()))
        .nameReplacement(listOf(in, 0, 3, i -> VirtualMachineOperationNameReplacement.builder()
            .from(VirtualMachineOperationNameReplacementFrom.builder()
                .kind(maybe(i, j -> pick(j, List.of("VirtualMachine", "VirtualDisk")))).name(name(i)).build())
            .to(dnsLabel(i, 59)).build()));
    boolean renames = !b.build().nameReplacement().isEmpty();
    // CEL: something must rename the clone; prefixes and suffixes are 1..59 characters.
    if (!renames || coin(in)) {
      boolean prefixFirst = coin(in);
      Optional<String> prefix = prefixFirst ? Optional.of(dnsLabel(in, 58) + "-") : maybe(in, i -> dnsLabel(i, 58) + "-");
      Optional<String> suffix = prefixFirst ? maybe(in, i -> "-" + dnsLabel(i, 58)) : Optional.of("-" + dnsLabel(in, 58));
      b.customization(VirtualMachineOperationCloneCustomization.builder().namePrefix(prefix).nameSuffix(suffix).build());
    }
    return b.build();
  }

  // ------------------------------------------------------------------ VirtualMachineBlockDeviceAttachment

  static Gen<VirtualMachineBlockDeviceAttachment> blockDeviceAttachments() {
    return in -> VirtualMachineBlockDeviceAttachment.builder()
        .metadata(metadata(in, true))
        .spec(VirtualMachineBlockDeviceAttachmentSpec.builder()
            .virtualMachineName(name(in))
            .blockDeviceRef(VirtualMachineBlockDeviceAttachmentRef.of(pick(in, BlockDeviceKind.knownValues()), name(in)))
            .build())
        .build();
  }

  // ------------------------------------------------------------------ IP and MAC addresses

  static String ipv4(RandomnessSource in) {
    return between(in, 1, 254) + "." + between(in, 0, 255) + "." + between(in, 0, 255) + "." + between(in, 1, 254);
  }

  static String mac(RandomnessSource in, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      out.append(i == 0 ? "" : separator).append(String.format("%02x", between(in, 0, 255)));
    }
    return coin(in) ? out.toString() : out.toString().toUpperCase(Locale.ROOT);
  }

  static Gen<VirtualMachineIPAddress> ipAddresses() {
    return in -> VirtualMachineIPAddress.builder()
        .metadata(metadata(in, true))
        .spec(coin(in) ? VirtualMachineIPAddressSpec.ofAuto() : VirtualMachineIPAddressSpec.ofStatic(ipv4(in)))
        .build();
  }

  static Gen<VirtualMachineIPAddressLease> ipAddressLeases() {
    return in -> VirtualMachineIPAddressLease.builder()
        .metadata(ObjectMeta.builder().name("ip-" + ipv4(in).replace('.', '-')).labels(labels(in)).build())
        .spec(maybe(in, i -> VirtualMachineIPAddressLeaseSpec.builder()
            .virtualMachineIPAddressRef(maybe(i, j -> VirtualMachineIPAddressRef.of(name(j), name(j)))).build()))
        .build();
  }

  static Gen<VirtualMachineMACAddress> macAddresses() {
    return in -> VirtualMachineMACAddress.builder()
        .metadata(metadata(in, true))
        .spec(maybe(in, i -> VirtualMachineMACAddressSpec.builder()
            .address(maybe(i, j -> mac(j, coin(j) ? ":" : "-"))).build()))
        .build();
  }

  static Gen<VirtualMachineMACAddressLease> macAddressLeases() {
    return in -> VirtualMachineMACAddressLease.builder()
        .metadata(ObjectMeta.builder().name("mac-" + mac(in, "-").toLowerCase(Locale.ROOT)).build())
        .spec(maybe(in, i -> VirtualMachineMACAddressLeaseSpec.builder()
            .virtualMachineMACAddressRef(maybe(i, j -> VirtualMachineMACAddressRef.of(name(j), name(j)))).build()))
        .build();
  }

  // ------------------------------------------------------------------ disks and images

  private static final String HEX = "0123456789abcdef";

  static String image(RandomnessSource in) {
    return (coin(in) ? "registry.example.com:5000/" : "") + name(in) + "/" + name(in)
        + (coin(in) ? ":" + pick(in, List.of("latest", "22.04", "v1.2.3")) : "");
  }

  static String url(RandomnessSource in) {
    return pick(in, List.of("http://", "https://")) + name(in) + ".example.com/images/" + name(in) + ".qcow2";
  }

  static String hex(RandomnessSource in, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(charOf(in, HEX));
    }
    return out.toString();
  }

  static Checksum checksum(RandomnessSource in) {
    return Checksum.builder()
        .md5(maybe(in, i -> hex(i, 32))).sha1(maybe(in, i -> hex(i, 40))).sha256(maybe(in, i -> hex(i, 64)))
        .sha512(maybe(in, i -> hex(i, 128))).streebog256(maybe(in, i -> hex(i, 64)))
        .streebog512(maybe(in, i -> hex(i, 128)))
        .build();
  }

  static String caBundle(RandomnessSource in) {
    return Base64.getEncoder().encodeToString(text(in, 40).getBytes(StandardCharsets.UTF_8));
  }

  static HttpDataSource http(RandomnessSource in) {
    return HttpDataSource.builder().url(url(in)).caBundle(maybe(in, ModelGenerators::caBundle))
        .checksum(maybe(in, ModelGenerators::checksum)).build();
  }

  static ContainerImageDataSource containerImage(RandomnessSource in) {
    return ContainerImageDataSource.builder().image(image(in)).caBundle(maybe(in, ModelGenerators::caBundle))
        .imagePullSecret(maybe(in, i -> ImagePullSecret.builder().name(maybe(i, ModelGenerators::name)).build()))
        .build();
  }

  static UploadDataSource upload(RandomnessSource in) {
    return UploadDataSource.builder().checksum(maybe(in, ModelGenerators::checksum)).build();
  }

  static Gen<VirtualDisk> virtualDisks() {
    return in -> VirtualDisk.builder()
        .metadata(metadata(in, true))
        .spec(VirtualDiskSpec.builder()
            .dataSource(maybe(in, i -> {
              // CEL: each type carries exactly its own source (Upload: none but its optional checksum).
              DataSourceType type = pick(i, DataSourceType.knownValues());
              var b = VirtualDiskDataSource.builder().type(type);
              if (type.equals(DataSourceType.HTTP)) {
                b.http(http(i));
              } else if (type.equals(DataSourceType.CONTAINER_IMAGE)) {
                b.containerImage(containerImage(i));
              } else if (type.equals(DataSourceType.OBJECT_REF)) {
                b.objectRef(VirtualDiskObjectRef.of(pick(i, VirtualDiskObjectRefKind.knownValues()), name(i)));
              } else {
                b.upload(maybe(i, ModelGenerators::upload));
              }
              return b.build();
            }))
            .persistentVolumeClaim(maybe(in, i -> VirtualDiskPersistentVolumeClaim.builder()
                .size(maybe(i, ModelGenerators::memorySize)).storageClassName(maybe(i, ModelGenerators::name)).build()))
            .build())
        .build();
  }

  static Gen<VirtualImage> virtualImages() {
    return in -> {
      DataSourceType type = pick(in, DataSourceType.knownValues());
      var source = VirtualImageDataSource.builder().type(type);
      if (type.equals(DataSourceType.HTTP)) {
        source.http(http(in));
      } else if (type.equals(DataSourceType.CONTAINER_IMAGE)) {
        source.containerImage(containerImage(in));
      } else if (type.equals(DataSourceType.OBJECT_REF)) {
        source.objectRef(VirtualImageObjectRef.of(pick(in, ImageObjectRefKind.knownValues()), name(in)));
      } else {
        source.upload(maybe(in, ModelGenerators::upload));
      }
      return VirtualImage.builder()
          .metadata(metadata(in, true))
          .spec(VirtualImageSpec.builder()
              .storage(pick(in, VirtualImageStorage.knownValues()))
              .dataSource(source.build())
              .persistentVolumeClaim(maybe(in, i -> VirtualImagePersistentVolumeClaim.builder()
                  .storageClassName(maybe(i, ModelGenerators::name)).build()))
              .build())
          .build();
    };
  }

  static Gen<ClusterVirtualImage> clusterVirtualImages() {
    return in -> {
      DataSourceType type = pick(in, DataSourceType.knownValues());
      var source = ClusterVirtualImageDataSource.builder().type(type);
      if (type.equals(DataSourceType.HTTP)) {
        source.http(http(in));
      } else if (type.equals(DataSourceType.CONTAINER_IMAGE)) {
        source.containerImage(ClusterVirtualImageContainerImage.builder().image(image(in))
            .caBundle(maybe(in, ModelGenerators::caBundle))
            .imagePullSecret(maybe(in, i -> ClusterImagePullSecret.builder()
                .name(maybe(i, ModelGenerators::name)).namespace(maybe(i, ModelGenerators::name)).build()))
            .build());
      } else if (type.equals(DataSourceType.OBJECT_REF)) {
        ImageObjectRefKind kind = pick(in, ImageObjectRefKind.knownValues());
        // CEL: a namespaced source names its namespace.
        boolean namespaced = !kind.equals(ImageObjectRefKind.CLUSTER_VIRTUAL_IMAGE);
        source.objectRef(ClusterVirtualImageObjectRef.builder().kind(kind).name(name(in))
            .namespace(namespaced ? Optional.of(name(in)) : Optional.empty()).build());
      } else {
        source.upload(maybe(in, ModelGenerators::upload));
      }
      return ClusterVirtualImage.builder()
          .metadata(metadata(in, false))
          .spec(ClusterVirtualImageSpec.of(source.build()))
          .build();
    };
  }
}
