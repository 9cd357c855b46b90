package dev.dvp.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.Manifests;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import dev.dvp.model.ProvisioningRefKind;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * DVP's {@code ProvisioningReady} condition
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/provisioning.go}) for inline cloud-init and for
 * provisioning Secrets, with the SDK's notes.
 *
 * <p>Secret types: {@value #CLOUD_INIT_SECRET} (data key {@code userdata} or {@code userData}, looked up in that
 * order) and {@value #SYSPREP_SECRET} ({@code autounattend.xml} or {@code unattend.xml}). The Secret's type, not
 * {@code provisioning.type}, selects the check, as in DVP; when the two disagree the SDK adds a note. Exactly empty
 * inline {@code userData} closes the start gate, whitespace-only data only warns. Stateless and thread-safe.
 */
public final class ProvisioningReadiness {
  /** The Secret type of cloud-init user data. */
  public static final String CLOUD_INIT_SECRET = "provisioning.virtualization.deckhouse.io/cloud-init";
  /** The Secret type of a Windows answer file. */
  public static final String SYSPREP_SECRET = "provisioning.virtualization.deckhouse.io/sysprep";
  static final String READY = "ProvisioningReady";
  static final String WITH_WARNINGS = "ProvisioningReadyWithWarnings";
  static final String NOT_READY = "ProvisioningNotReady";

  private ProvisioningReadiness() {}

  /**
   * The condition and the SDK's notes about it.
   *
   * @param condition the {@code ProvisioningReady} condition as DVP computes it
   * @param notes the SDK's remarks (e.g. a Secret type that does not belong to {@code provisioning.type})
   */
  public record Outcome(Condition condition, List<String> notes) {
    /** Copies the notes. */
    public Outcome {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Computes {@code ProvisioningReady}.
   *
   * @param vm the VM
   * @param resources where its provisioning Secret is looked up (in the VM's namespace)
   * @return the condition and notes
   */
  public static Outcome evaluate(VirtualMachine vm, ResourceSet resources) {
    Optional<Provisioning> provisioning = vm.spec().provisioning();
    if (provisioning.isEmpty()) {
      return ok(READY, "");
    }
    Provisioning p = provisioning.get();
    if (p.type().equals(ProvisioningType.USER_DATA)) {
      String data = p.userData().orElse("");
      if (data.isEmpty()) {
        return ok(NOT_READY, "Provisioning is defined but it is empty.", ConditionStatus.FALSE);
      }
      return linted(data.getBytes(StandardCharsets.UTF_8), List.of());
    }
    Optional<ProvisioningRef> ref;
    String field;
    if (p.type().equals(ProvisioningType.USER_DATA_REF)) {
      ref = p.userDataRef();
      field = "userDataRef";
    } else if (p.type().equals(ProvisioningType.SYSPREP_REF)) {
      ref = p.sysprepRef();
      field = "sysprepRef";
    } else {
      return ok(NOT_READY, "Unexpected provisioning type.", ConditionStatus.FALSE);
    }
    if (ref.isEmpty()) {
      return ok(NOT_READY, "Unexpected provisioning type.", ConditionStatus.FALSE);
    }
    if (!ref.get().kind().orElse(ProvisioningRefKind.SECRET).equals(ProvisioningRefKind.SECRET)) {
      return ok(NOT_READY, "spec.provisioning." + field + ".kind must be \"Secret\".", ConditionStatus.FALSE);
    }
    String namespace = resources.namespaceOf(vm);
    String name = ref.get().name();
    Optional<Resource> secret = resources.find("Secret", namespace, name);
    if (secret.isEmpty()) {
      return ok(NOT_READY, "Secret " + namespace + "/" + name + " not found", ConditionStatus.FALSE);
    }
    JsonNode tree = Manifests.standard().toJsonTree(secret.get());
    String type = tree.path("type").asText("Opaque");
    List<String> notes = new ArrayList<>(1);
    if (type.equals(CLOUD_INIT_SECRET) && field.equals("sysprepRef")
        || type.equals(SYSPREP_SECRET) && field.equals("userDataRef")) {
      notes.add("Secret " + namespace + "/" + name + " has type " + type + ", which does not belong to"
          + " provisioning.type " + p.type() + "; DVP checks it by its type, and what the guest then receives is not"
          + " established");
    }
    if (type.equals(CLOUD_INIT_SECRET)) {
      Optional<byte[]> payload = value(tree, "userdata").or(() -> value(tree, "userData"));
      if (payload.isEmpty()) {
        return new Outcome(Condition.of(VirtualMachineConditions.PROVISIONING_READY, ConditionStatus.FALSE, NOT_READY,
            "Invalid secret \"" + namespace + "/" + name + "\": the secret should have one of data fields"
                + " [userdata userData]: secret is not valid"), notes);
      }
      return linted(payload.get(), notes);
    }
    if (type.equals(SYSPREP_SECRET)) {
      boolean answer = value(tree, "autounattend.xml").or(() -> value(tree, "unattend.xml")).isPresent();
      return answer ? new Outcome(condition(ConditionStatus.TRUE, READY, ""), notes)
          : new Outcome(condition(ConditionStatus.TRUE, WITH_WARNINGS, "The secret has none of the data fields"
              + " [autounattend.xml unattend.xml], so Windows setup will find no answer file."), notes);
    }
    return new Outcome(condition(ConditionStatus.FALSE, NOT_READY, "Unexpected secret type: " + type), notes);
  }

  private static Outcome linted(byte[] data, List<String> notes) {
    Optional<String> finding = CloudInitLint.lint(data);
    if (finding.isEmpty()) {
      return new Outcome(condition(ConditionStatus.TRUE, READY, ""), notes);
    }
    String f = finding.get();
    return new Outcome(condition(ConditionStatus.TRUE, WITH_WARNINGS,
        Character.toUpperCase(f.charAt(0)) + f.substring(1) + "."), notes);
  }

  /** A Secret value: {@code stringData} as written, else {@code data} base64-decoded. */
  private static Optional<byte[]> value(JsonNode secret, String key) {
    JsonNode plain = secret.path("stringData").path(key);
    if (plain.isTextual()) {
      return Optional.of(plain.asText().getBytes(StandardCharsets.UTF_8));
    }
    JsonNode encoded = secret.path("data").path(key);
    if (encoded.isTextual()) {
      try {
        return Optional.of(Base64.getMimeDecoder().decode(encoded.asText()));
      } catch (IllegalArgumentException e) {
        return Optional.of(encoded.asText().getBytes(StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static Outcome ok(String reason, String message) {
    return ok(reason, message, ConditionStatus.TRUE);
  }

  private static Outcome ok(String reason, String message, ConditionStatus status) {
    return new Outcome(condition(status, reason, message), List.of());
  }

  private static Condition condition(ConditionStatus status, String reason, String message) {
    return Condition.of(VirtualMachineConditions.PROVISIONING_READY, status, reason, message);
  }
}
