package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' checks on a Secret's data: every key is a valid config key ({@code IsConfigMapKey}), every
 * {@code data} value is standard Base64 (the API server cannot even decode the object otherwise), and the data
 * totals at most 1 MiB. {@code stringData} keys are merged into {@code data} before validation, so their failures
 * are reported at {@code data[key]} as well.
 *
 * <p>Not checked: the per-type requirements of built-in Secret types ({@code kubernetes.io/tls} needs
 * {@code tls.crt} and {@code tls.key}, ...), which DVP's provisioning types do not have.
 */
final class SecretRules implements SchemaRule<Secret> {
  /** {@code corev1.MaxSecretSize}. */
  static final int MAX_SECRET_SIZE = 1024 * 1024;

  @Override
  public List<RuleFailure> check(Secret secret) {
    List<RuleFailure> failures = new ArrayList<>(1);
    long total = 0;
    for (Map.Entry<String, String> e : secret.data().entrySet()) {
      keyFailures(e.getKey(), failures);
      if (secret.stringData().containsKey(e.getKey())) {
        continue;
      }
      if (!GoBase64.isValid(e.getValue())) {
        failures.add(RuleFailure.keyword("data[" + e.getKey() + "]", "base64", base64Message(e.getValue())));
      } else {
        total += decodedLength(e.getValue());
      }
    }
    for (Map.Entry<String, String> e : secret.stringData().entrySet()) {
      if (!secret.data().containsKey(e.getKey())) {
        keyFailures(e.getKey(), failures);
      }
      total += e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    if (total > MAX_SECRET_SIZE) {
      failures.add(RuleFailure.keyword("data", "maxLength", "Too long: may not be more than " + MAX_SECRET_SIZE
          + " bytes"));
    }
    return failures;
  }

  private static void keyFailures(String key, List<RuleFailure> failures) {
    for (String message : KubernetesNames.configMapKey(key)) {
      failures.add(RuleFailure.keyword("data[" + key + "]", "invalid",
          "Invalid value: " + StructuralValidator.quote(key) + ": " + message));
    }
  }

  /** The decoding error the API server answers with, e.g. {@code illegal base64 data at input byte 0}. */
  static String base64Message(String value) {
    return "illegal base64 data at input byte " + GoBase64.corruptAt(value).orElse(0);
  }

  private static long decodedLength(String base64) {
    long chars = base64.chars().filter(c -> c != '\n' && c != '\r' && c != '=').count();
    return chars * 3 / 4;
  }
}
