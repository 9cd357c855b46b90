package dev.dvp.model;

import static dev.dvp.model.VirtualDiskTest.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secret: the seed's provisioning Secrets, Base64 data, key rules and DVP's key lookup order. */
class SecretTest {
  private static Secret secret(String body) throws Exception {
    return Manifests.standard().readOne("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n" + body, Secret.class);
  }

  @Test
  void seedSecretsReadButTheirPlaceholderIsNotBase64() throws Exception {
    List<String> seed = SeedManifests.ofKind("Secret");
    assertThat(seed).hasSize(2);
    Secret cloudInit = (Secret) Manifests.standard().read(seed.get(0), "seed").get(0);
    Secret sysprep = (Secret) Manifests.standard().read(seed.get(1), "seed").get(0);
    assertThat(cloudInit.typeOrDefault()).isEqualTo(Secret.CLOUD_INIT_TYPE);
    assertThat(sysprep.typeOrDefault()).isEqualTo(Secret.SYSPREP_TYPE);
    // "<base64 data>" is a placeholder the API server cannot decode.
    assertThat(violations(cloudInit)).containsExactly("data[userData]: illegal base64 data at input byte 0");
    assertThat(violations(sysprep)).containsExactly("data[unattend.xml]: illegal base64 data at input byte 0");
    for (String text : seed) {
      Resource read = Manifests.standard().read(text, "seed").get(0);
      assertThat(SeedManifests.tree(Manifests.standard().toYaml(read))).isEqualTo(SeedManifests.tree(text));
    }
  }

  @Test
  void exampleSecretsAreTheSeedsWithRealData() throws Exception {
    for (String[] c : new String[][] {{"provisioning/secret-cloud-init.yaml", "userData", "#cloud-config"},
        {"provisioning/secret-sysprep.yaml", "unattend.xml", "<?xml"}}) {
      String text = SeedManifests.example(c[0]);
      Secret secret = (Secret) Manifests.standard().read(text, c[0]).get(0);
      assertThat(violations(secret)).as(c[0]).isEmpty();
      assertThat(secret.decodedText(c[1]).orElseThrow()).startsWith(c[2]);
      assertThat(SeedManifests.tree(Manifests.standard().toYaml(secret))).isEqualTo(SeedManifests.tree(text));
    }
  }

  @Test
  void dvpLooksUpLowerCaseUserdataFirst() throws Exception {
    Secret both = secret("type: " + Secret.CLOUD_INIT_TYPE + "\ndata: {userData: YQ==, userdata: Yg==}\n");
    assertThat(both.firstKey(Secret.CLOUD_INIT_KEYS)).contains("userdata");
    assertThat(both.decodedText("userdata")).contains("b");
    Secret sysprep = secret("type: " + Secret.SYSPREP_TYPE + "\ndata: {unattend.xml: YQ==, autounattend.xml: Yg==}\n");
    assertThat(sysprep.firstKey(Secret.SYSPREP_KEYS)).contains("autounattend.xml");
    assertThat(secret("data: {other: YQ==}\n").firstKey(Secret.CLOUD_INIT_KEYS)).isEmpty();
    assertThat(secret("data: {}\n").typeOrDefault()).isEqualTo("Opaque");
  }

  @Test
  void stringDataWinsOverData() throws Exception {
    Secret s = secret("data: {userData: YQ==}\nstringData: {userData: plain, extra: x}\n");
    assertThat(s.decodedText("userData")).contains("plain");
    assertThat(s.decodedText("extra")).contains("x");
    assertThat(s.decodedText("missing")).isEmpty();
    assertThat(violations(s)).isEmpty();
  }

  @Test
  void decodingUnencodedDataIsAClearError() throws Exception {
    Secret s = secret("data: {userData: '#cloud-config'}\n");
    assertThatThrownBy(() -> s.decoded("userData")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data[userData] of Secret s is not Base64: illegal base64 data at input byte 0")
        .hasMessageContaining("Maybe");
  }

  @Test
  void base64ErrorsCarryGoOffsets() throws Exception {
    assertThat(violations(secret("data: {a: 'YWJj'}\n"))).isEmpty();
    assertThat(violations(secret("data: {a: \"YWJj\\nZGVm\"}\n"))).isEmpty();
    assertThat(violations(secret("data: {a: 'YWJ'}\n"))).containsExactly("data[a]: illegal base64 data at input byte 0");
    assertThat(violations(secret("data: {a: 'YWJjZA'}\n")))
        .containsExactly("data[a]: illegal base64 data at input byte 4");
    assertThat(violations(secret("data: {a: 'YW*j'}\n"))).containsExactly("data[a]: illegal base64 data at input byte 2");
    assertThat(violations(secret("data: {a: 'YQ==YQ=='}\n")))
        .containsExactly("data[a]: illegal base64 data at input byte 4");
    assertThat(violations(secret("data: {a: 'Y==='}\n"))).containsExactly("data[a]: illegal base64 data at input byte 1");
  }

  @Test
  void keysMustBeConfigKeys() throws Exception {
    assertThat(violations(secret("data: {'a b': YQ==}\n"))).containsExactly("data[a b]: Invalid value: \"a b\": "
        + "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or "
        + "'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
    assertThat(violations(secret("stringData: {'..x': v}\n")))
        .containsExactly("data[..x]: Invalid value: \"..x\": must not start with '..'");
    assertThat(violations(secret("data: {'.': YQ==}\n"))).containsExactly("data[.]: Invalid value: \".\": must not be '.'");
    assertThat(violations(secret("data: {'" + "k".repeat(254) + "': YQ==}\n"))).singleElement().asString()
        .endsWith("must be no more than 253 characters");
  }

  @Test
  void factoriesWriteWhatTheDocumentationWrites() throws Exception {
    Secret s = Secret.cloudInit(ObjectMeta.named("cloud-init-example"), "#cloud-config\n");
    assertThat(s.data()).containsOnlyKeys("userData");
    assertThat(s.type()).contains("provisioning.virtualization.deckhouse.io/cloud-init");
    Secret back = Manifests.standard().readOne(Manifests.standard().toYaml(s), Secret.class);
    assertThat(back).isEqualTo(s);
    assertThat(back.decodedText("userData")).contains("#cloud-config\n");
    assertThat(Secret.sysprep(ObjectMeta.named("x"), "<unattend/>").decodedText("unattend.xml")).contains("<unattend/>");
    assertThat(violations(s)).isEmpty();
  }

  @Test
  void unknownFieldsSurvive() throws Exception {
    String yaml = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nimmutable: true\ndata: {a: YQ==}\nfuture: 1\n";
    Secret s = Manifests.standard().readOne(yaml, Secret.class);
    assertThat(s.immutable()).contains(true);
    assertThat(SeedManifests.tree(Manifests.standard().toYaml(s))).isEqualTo(SeedManifests.tree(yaml));
  }
}
