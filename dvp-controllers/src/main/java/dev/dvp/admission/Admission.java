package dev.dvp.admission;

import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DVP's admission of one write, stage by stage as the API server runs it: the CRD's schema defaults, the mutating
 * webhook (VirtualMachine only: class name, coreFraction, network ids; the first error rejects), the schema and CEL
 * rules (all errors together), then the resource's validating webhook (validators in DVP's order, the first error
 * wins and drops earlier warnings). See {@link AdmissionResult} for what comes back.
 *
 * <p>When the context does not hold all of the cluster's VirtualMachineClasses
 * ({@link AdmissionContext#virtualMachineClassesComplete()} false) and none of its classes is the default, a VM
 * without a class name is judged as if the cluster's default class filled it in: the class defaulter is skipped
 * with a warning note, and the schema's "Required value" for the class name is not reported.
 *
 * <p>Rules owned by higher modules plug in without this module depending on them: {@code dvp-sizing} supplies the
 * coreFraction defaulter and the validators of the {@link VirtualMachineSlot#SIZING_POLICY},
 * {@link VirtualMachineSlot#CPU_COUNT} and {@link VirtualMachineSlot#CORE_FRACTION} slots; {@code dvp-ipam} the
 * {@link VirtualMachineSlot#IPAM} slot and the webhooks of its own kinds; {@code dvp-placement} the
 * {@link VirtualMachineSlot#PV_NODE_AFFINITY} slot and the attachment's topology check. An empty slot passes.
 *
 * <pre>{@code
 * Admission admission = Admission.builder()
 *     .coreFractionDefaulter(sizing.coreFractionDefaulter())
 *     .validator(VirtualMachineSlot.SIZING_POLICY, sizing.sizingPolicyValidator())
 *     .build();
 * AdmissionResult<VirtualMachine> result = admission.review(AdmissionRequest.create(vm), context);
 * if (!result.allowed()) {
 *   result.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe when the plugged-in steps are.
 */
public final class Admission {
  private static final Admission STANDARD = builder().build();

  private final Optional<VirtualMachineDefaulter> coreFractionDefaulter;
  private final Map<VirtualMachineSlot, AdmissionValidator<VirtualMachine>> slots;
  private final Map<Class<?>, List<AdmissionValidator<?>>> extra;

  private Admission(Builder b) {
    this.coreFractionDefaulter = b.coreFractionDefaulter;
    this.slots = new EnumMap<>(b.slots);
    Map<Class<?>, List<AdmissionValidator<?>>> copy = new LinkedHashMap<>();
    b.extra.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.extra = copy;
  }

  /**
   * Returns admission with every higher-module slot empty: no coreFraction default, no sizing, no extra IPAM or
   * disk-topology checks.
   *
   * @return the shared instance
   */
  public static Admission standard() {
    return STANDARD;
  }

  /**
   * Returns a builder to plug in higher modules' steps.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Admits one write as DVP would.
   *
   * @param request the CREATE or UPDATE
   * @param context the other objects and the cluster settings
   * @param <T> the resource type
   * @return the decision, the defaulted object (when admitted) and the messages
   * @throws NullPointerException if an argument is {@code null}
   */
  @SuppressWarnings("unchecked")
  public <T extends Resource> AdmissionResult<T> review(AdmissionRequest<T> request, AdmissionContext context) {
    if (request == null || context == null) {
      throw new IllegalArgumentException("review needs a request and a context; maybe AdmissionContext.empty()");
    }
    T original = request.object();
    if (original instanceof VirtualMachine) {
      return (AdmissionResult<T>) reviewVirtualMachine((AdmissionRequest<VirtualMachine>) request, context);
    }
    List<Violation> schema = new ArrayList<>(StructuralValidator.standard().validate(original));
    List<AdmissionValidator<T>> webhook = new ArrayList<>();
    if (original instanceof VirtualMachineOperation) {
      request.oldObject().ifPresent(old -> {
        if (!((VirtualMachineOperation) old).spec().equals(((VirtualMachineOperation) original).spec())) {
          schema.add(Violation.error("spec", "rule", "Invalid value: \"object\": .spec is immutable"));
        }
      });
      webhook.add((AdmissionValidator<T>) new OperationWebhook());
    } else if (original instanceof VirtualMachineBlockDeviceAttachment) {
      webhook.add((AdmissionValidator<T>) new AttachmentWebhook());
    } else {
      ImageAndDiskWebhooks.forKind(original.kind()).ifPresent(w -> webhook.add((AdmissionValidator<T>) w));
    }
    if (!schema.isEmpty()) {
      return AdmissionResult.denied(original, AdmissionStage.SCHEMA, schema, List.of());
    }
    extraFor(original).forEach(v -> webhook.add((AdmissionValidator<T>) v));
    return runWebhook(request, context, webhook, original, List.of());
  }

  private AdmissionResult<VirtualMachine> reviewVirtualMachine(AdmissionRequest<VirtualMachine> request,
      AdmissionContext context) {
    VirtualMachine original = request.object();
    VirtualMachine vm = VirtualMachineCrdDefaults.apply(original);
    List<Violation> notes = new ArrayList<>(1);
    // Without the cluster's classes the default class is unknown: DVP's defaulter is skipped with a warning, and the
    // schema's "Required value" for the class it would have filled in is not the user's to fix.
    boolean classUnknown = DefaultClassNameDefaulter.undecidable(vm, context);
    if (classUnknown) {
      notes.add(UnknownFacts.warning(DefaultClassNameDefaulter.PATH, "defaultVirtualMachineClass",
          UnknownFacts.DEFAULT_CLASS));
    }
    List<VirtualMachineDefaulter> defaulters = new ArrayList<>(3);
    if (!classUnknown) {
      defaulters.add(new DefaultClassNameDefaulter());
    }
    coreFractionDefaulter.ifPresent(defaulters::add);
    defaulters.add(new NetworkIdDefaulter());
    for (VirtualMachineDefaulter defaulter : defaulters) {
      VirtualMachineDefaulter.Outcome outcome = defaulter.apply(vm, context);
      if (outcome.error().isPresent()) {
        return AdmissionResult.denied(original, AdmissionStage.MUTATING, List.of(outcome.error().get()), notes);
      }
      vm = outcome.vm();
    }
    List<Violation> schema = new ArrayList<>(StructuralValidator.standard().validate(vm));
    if (classUnknown) {
      schema.removeIf(v -> v.path().equals(DefaultClassNameDefaulter.PATH) && v.code().equals("required"));
    }
    if (!schema.isEmpty()) {
      return AdmissionResult.denied(original, AdmissionStage.SCHEMA, schema, notes);
    }
    AdmissionRequest<VirtualMachine> defaulted = request.withObject(vm);
    if (!request.isCreate() && vm.metadata().deletionTimestamp().isPresent()) {
      return AdmissionResult.admitted(vm, List.of(), notes);
    }
    List<AdmissionValidator<VirtualMachine>> webhook = new ArrayList<>(20);
    webhook.add(new MetaValidator());
    webhook.add(new IpamValidator());
    slot(VirtualMachineSlot.IPAM, webhook);
    webhook.add(new BlockDeviceRefsValidator());
    slot(VirtualMachineSlot.SIZING_POLICY, webhook);
    webhook.add(new BlockDeviceLimitValidator());
    webhook.add(new AffinityValidator());
    webhook.add(new TopologySpreadValidator());
    slot(VirtualMachineSlot.CPU_COUNT, webhook);
    slot(VirtualMachineSlot.CORE_FRACTION, webhook);
    webhook.add(new NetworksValidator());
    webhook.add(new FirstBlockDeviceValidator());
    webhook.add(new UsbDevicesValidator());
    webhook.add(new GpuDevicesValidator());
    webhook.add(new VmbdaConflictValidator());
    slot(VirtualMachineSlot.PV_NODE_AFFINITY, webhook);
    webhook.add(new LegacyOsWarning());
    webhook.add(new ProvisioningLintValidator());
    for (AdmissionValidator<?> v : extraFor(vm)) {
      @SuppressWarnings("unchecked")
      AdmissionValidator<VirtualMachine> typed = (AdmissionValidator<VirtualMachine>) v;
      webhook.add(typed);
    }
    return runWebhook(defaulted, context, webhook, original, notes);
  }

  private void slot(VirtualMachineSlot slot, List<AdmissionValidator<VirtualMachine>> webhook) {
    AdmissionValidator<VirtualMachine> v = slots.get(slot);
    if (v != null) {
      webhook.add(v);
    }
  }

  private List<AdmissionValidator<?>> extraFor(Resource object) {
    List<AdmissionValidator<?>> out = new ArrayList<>();
    extra.forEach((type, validators) -> {
      if (type.isInstance(object)) {
        out.addAll(validators);
      }
    });
    return out;
  }

  private static <T extends Resource> AdmissionResult<T> runWebhook(AdmissionRequest<T> request,
      AdmissionContext context, List<AdmissionValidator<T>> webhook, T original, List<Violation> earlierNotes) {
    List<Violation> warnings = new ArrayList<>();
    List<Violation> notes = new ArrayList<>(earlierNotes);
    for (AdmissionValidator<T> validator : webhook) {
      for (Violation v : validator.validate(request, context)) {
        if (v.isError()) {
          return AdmissionResult.denied(original, AdmissionStage.VALIDATING, List.of(v), notes);
        }
        (v.code().startsWith("sdk.") ? notes : warnings).add(v);
      }
    }
    return AdmissionResult.admitted(request.object(), warnings, notes);
  }

  /** Builds an {@link Admission}; not thread-safe. */
  public static final class Builder {
    private Optional<VirtualMachineDefaulter> coreFractionDefaulter = Optional.empty();
    private final Map<VirtualMachineSlot, AdmissionValidator<VirtualMachine>> slots =
        new EnumMap<>(VirtualMachineSlot.class);
    private final Map<Class<?>, List<AdmissionValidator<?>>> extra = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Plugs in the coreFraction defaulter, which runs between the class-name and the network-id defaulters.
     *
     * @param defaulter {@code dvp-sizing}'s defaulter
     * @return this builder
     */
    public Builder coreFractionDefaulter(VirtualMachineDefaulter defaulter) {
      Objects.requireNonNull(defaulter, "defaulter");
      this.coreFractionDefaulter = Optional.of(defaulter);
      return this;
    }

    /**
     * Fills a slot of the VirtualMachine webhook, replacing what was there.
     *
     * @param slot the position
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(VirtualMachineSlot slot, AdmissionValidator<VirtualMachine> validator) {
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(validator, "validator");
      slots.put(slot, validator);
      return this;
    }

    /**
     * Appends a validator to the webhook of a kind, after the built-in validators (e.g. the VMBDA's disk-topology
     * check, or the webhook of a kind this module does not validate, such as VirtualMachineIPAddress).
     *
     * @param type the model type, e.g. {@code VirtualMachineBlockDeviceAttachment.class}
     * @param validator the validator
     * @param <T> the type
     * @return this builder
     */
    public <T extends Resource> Builder validator(Class<T> type, AdmissionValidator<T> validator) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(validator, "validator");
      extra.computeIfAbsent(type, k -> new ArrayList<>()).add(validator);
      return this;
    }

    /** @return the admission */
    public Admission build() {
      return new Admission(this);
    }
  }
}
