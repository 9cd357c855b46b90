package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name checks in both of upstream's wordings, and the corner cases the merged class fixed. */
class KubernetesNamesTest {
  @Test
  void dvpWebhooksWordLabelKeysAsApimachineryV033() {
    assertThat(KubernetesNames.qualifiedName("k".repeat(64)))
        .containsExactly("name part must be no more than 63 characters");
    assertThat(KubernetesNames.labelValue("v".repeat(64))).containsExactly("must be no more than 63 characters");
    assertThat(KubernetesNames.qualifiedName("a/b/c")).singleElement()
        .matches(m -> m.startsWith("a qualified name must consist of"));
  }

  @Test
  void theApiServerWordsThemAsKubernetes135() {
    assertThat(KubernetesNames.labelKey("k".repeat(64))).containsExactly("name part must be no more than 63 bytes");
    assertThat(KubernetesNames.apiServerLabelValue("v".repeat(64))).containsExactly("must be no more than 63 bytes");
    assertThat(KubernetesNames.labelKey("a/b/c")).singleElement()
        .matches(m -> m.startsWith("a valid label key must consist of"));
    assertThat(KubernetesNames.labelKey("p".repeat(254) + "/k"))
        .containsExactly("prefix part must be no more than 253 bytes");
    assertThat(KubernetesNames.qualifiedName("p".repeat(254) + "/k"))
        .containsExactly("prefix part must be no more than 253 characters");
  }

  @Test
  void aSubdomainIsNoLabelBecauseOfItsDots() {
    assertThat(KubernetesNames.dns1123Label("a.b")).containsExactly("must not contain dots");
    assertThat(KubernetesNames.dns1123Label("a_b")).singleElement()
        .matches(m -> m.startsWith("a lowercase RFC 1123 label must consist of"));
  }

  @Test
  void lengthsCountUtf8BytesAsGosLen() {
    assertThat(KubernetesNames.byteLength("abc")).isEqualTo(3);
    assertThat(KubernetesNames.byteLength("я")).isEqualTo(2);
    assertThat(KubernetesNames.byteLength("€")).isEqualTo(3);
    assertThat(KubernetesNames.byteLength("😀")).isEqualTo(4);
    // 32 Cyrillic letters are 64 bytes: too long for a label value, and no valid syntax either.
    assertThat(KubernetesNames.labelValue("я".repeat(32))).hasSize(2).first()
        .isEqualTo("must be no more than 63 characters");
  }

  @Test
  void portNamesReportEveryBrokenRule() {
    assertThat(KubernetesNames.portName("HTTP")).containsExactly(
        "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "must contain at least one letter (a-z)");
    assertThat(KubernetesNames.portName("http")).isEmpty();
  }

  @Test
  void pathSegmentNames() {
    assertThat(KubernetesNames.pathSegmentName("system:node:Foo")).isEmpty();
    assertThat(KubernetesNames.pathSegmentName(".")).containsExactly("may not be '.'");
    assertThat(KubernetesNames.pathSegmentName("a/%")).containsExactly("may not contain '/'", "may not contain '%'");
  }

  @Test
  void maskTrailingDashReplacesTheLastTwoCharacters() {
    assertThat(ObjectMetaRules.maskTrailingDash("vm-")).isEqualTo("va");
    assertThat(ObjectMetaRules.maskTrailingDash("-")).isEqualTo("-");
    assertThat(ObjectMetaRules.maskTrailingDash("vm")).isEqualTo("vm");
  }
}
