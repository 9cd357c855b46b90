package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long scalars read in linear time, and a document larger than the API server's request limit is refused, in
 * YAML and JSON. The timeouts are hang guards (the quadratic reader took minutes), not performance assertions.
 */
class ManifestSizeTest {
  static final String HEAD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: ";

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aTenMegabyteScalarReadsWhenTheDocumentLimitAdmitsIt() throws Exception {
    String blob = "x".repeat(10_000_000);
    Manifests admitting = Manifests.builder().maxDocumentSize(Manifests.DEFAULT_MAX_SOURCE_SIZE).build();
    List<Resource> read = admitting.read(HEAD + blob + "\n---\n" + HEAD + "small\n", "big.yaml");
    assertThat(((GenericResource) read.get(0)).field("data")).hasValueSatisfying(
        data -> assertThat(((java.util.Map<?, ?>) data).get("blob")).isEqualTo(blob));
    assertThat(read).hasSize(2);
    String json = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"blob\":\""
        + blob + "\"}}";
    assertThat(admitting.read(json, "big.json")).hasSize(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aDocumentOverTheApiServersLimitIsRefusedNamingTheSourceAndDocument() {
    String blob = "x".repeat(10_000_000);
    String yaml = HEAD + "small\n---\n" + HEAD + blob + "\n";
    assertThatThrownBy(() -> Manifests.standard().read(yaml, "big.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("big.yaml:8:1: the document starting here is larger than 3145728 characters")
        .hasMessageContaining("\"Request entity too large: limit is 3145728\". Maybe ")
        .hasMessageContaining("maxDocumentSize");
    String json = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"blob\":\""
        + blob + "\"}}";
    assertThatThrownBy(() -> Manifests.standard().read(json, "big.json"))
        .hasMessageStartingWith("big.json:1:1: the document starting here is larger than 3145728 characters");
  }

  @Test
  void theLimitCountsEachDocumentNotTheSource() throws Exception {
    Manifests small = Manifests.builder().maxDocumentSize(200).build();
    String doc = HEAD + "x".repeat(100) + "\n";
    assertThat(small.read(doc + "---\n" + doc + "---\n" + doc, "three.yaml")).hasSize(3);
    assertThatThrownBy(() -> small.read(doc + "---\n" + HEAD + "x".repeat(200) + "\n", "two.yaml"))
        .hasMessageStartingWith("two.yaml:8:1: the document starting here is larger than 200 characters");
    assertThatThrownBy(() -> Manifests.builder().maxDocumentSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentSize must be positive, got 0");
  }

  @Test
  void theWindowedReaderKeepsPositionsAndRejectsWhatSnakeYamlRejects() throws Exception {
    // Surrogate pairs, CRLF and a BOM: positions as SnakeYAML's own reader gives them.
    String yaml = "\uFEFFapiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: \uD83D\uDE00x\r\ndata:\r\n  k: v\r\n";
    ManifestDocument d = Manifests.standard().readDocuments(yaml, "u.yaml").get(0);
    assertThat(d.resource().orElseThrow().name()).isEqualTo("\uD83D\uDE00x");
    assertThat(d.locate("data.k")).hasToString("u.yaml:6:6");
    assertThatThrownBy(() -> Manifests.standard().read("a: \u0001\n", "bad.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("special characters are not allowed");
  }

  @Test
  void theWindowStaysProportionalToTheLongestToken() {
    TextWindowReader reader = new TextWindowReader("a: " + "y".repeat(1_000_000) + "\n");
    int i = 0;
    while (reader.peek(i) != 0) {
      i++;
    }
    assertThat(i).isEqualTo(1_000_004);
    assertThat(reader.windowCapacity()).isLessThan(3 * 1_000_006 + 3 * TextWindowReader.CHUNK);
  }
}
