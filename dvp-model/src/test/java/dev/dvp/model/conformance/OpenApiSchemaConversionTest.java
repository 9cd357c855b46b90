package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

/** The conversion of the Kubernetes OpenAPI dialect, on small schemas, so the conformance tests rest on it. */
class OpenApiSchemaConversionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String openApi) throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
        .getSchema(OpenApiSchemaConversion.toJsonSchema(JSON.readTree(openApi)));
  }

  private static boolean accepts(JsonSchema schema, String json) throws Exception {
    return schema.validate(JSON.readTree(json)).isEmpty();
  }

  @Test
  void nullableAllowsNullAndOnlyThen() throws Exception {
    JsonSchema nullable = schema("{\"type\":\"object\",\"properties\":{\"t\":{\"type\":\"string\",\"nullable\":true}}}");
    JsonSchema strict = schema("{\"type\":\"object\",\"properties\":{\"t\":{\"type\":\"string\"}}}");
    assertThat(accepts(nullable, "{\"t\":null}")).isTrue();
    assertThat(accepts(nullable, "{\"t\":\"x\"}")).isTrue();
    assertThat(accepts(nullable, "{\"t\":1}")).isFalse();
    assertThat(accepts(strict, "{\"t\":null}")).isFalse();
  }

  @Test
  void nullableEnumAcceptsNull() throws Exception {
    JsonSchema s = schema("{\"properties\":{\"e\":{\"type\":\"string\",\"enum\":[\"A\"],\"nullable\":true}}}");
    assertThat(accepts(s, "{\"e\":null}")).isTrue();
    assertThat(accepts(s, "{\"e\":\"B\"}")).isFalse();
  }

  @Test
  void intOrStringAcceptsBothAndNothingElse() throws Exception {
    JsonSchema bare = schema("{\"properties\":{\"q\":{\"x-kubernetes-int-or-string\":true,\"pattern\":\"^[0-9]+Gi$\"}}}");
    JsonSchema spelled = schema("{\"properties\":{\"q\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],"
        + "\"x-kubernetes-int-or-string\":true}}}");
    for (JsonSchema s : new JsonSchema[] {bare, spelled}) {
      assertThat(accepts(s, "{\"q\":1}")).isTrue();
      assertThat(accepts(s, "{\"q\":\"1Gi\"}")).isTrue();
      assertThat(accepts(s, "{\"q\":true}")).isFalse();
      assertThat(accepts(s, "{\"q\":1.5}")).isFalse();
    }
    assertThat(accepts(bare, "{\"q\":\"1Mi\"}")).isFalse();
  }

  @Test
  void kubernetesExtensionsAreDroppedButConstraintsBelowThemKept() throws Exception {
    JsonNode converted = OpenApiSchemaConversion.toJsonSchema(JSON.readTree(
        "{\"type\":\"object\",\"x-kubernetes-validations\":[{\"rule\":\"false\",\"message\":\"m\"}],"
            + "\"x-kubernetes-preserve-unknown-fields\":true,\"example\":{},"
            + "\"properties\":{\"l\":{\"type\":\"array\",\"x-kubernetes-list-type\":\"atomic\","
            + "\"items\":{\"type\":\"integer\",\"minimum\":1}}}}"));
    assertThat(converted.toString()).doesNotContain("x-kubernetes").doesNotContain("example");
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(converted);
    assertThat(s.validate(JSON.readTree("{\"l\":[1,2]}"))).isEmpty();
    assertThat(s.validate(JSON.readTree("{\"l\":[0]}"))).isNotEmpty();
  }

  @Test
  void re2NamedGroupsBecomeJavaNamedGroups() throws Exception {
    JsonSchema s = schema("{\"properties\":{\"i\":{\"type\":\"string\",\"pattern\":\"^(?P<repo>[a-z]+)(?::(?P<tag>[0-9]+))?$\"}}}");
    assertThat(accepts(s, "{\"i\":\"ubuntu:22\"}")).isTrue();
    assertThat(accepts(s, "{\"i\":\"Ubuntu\"}")).isFalse();
  }

  @Test
  void unknownFieldsStayAllowed() throws Exception {
    JsonSchema s = schema("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
    assertThat(accepts(s, "{\"a\":\"x\",\"zzz\":{\"deep\":1}}")).isTrue();
  }

  @Test
  void theConvertedReferenceCrdsLoadAndServeEveryDvpKind() {
    CrdSchemas crds = CrdSchemas.reference();
    assertThat(crds.served()).contains(
        "virtualization.deckhouse.io/v1alpha2 VirtualMachine",
        "virtualization.deckhouse.io/v1alpha2 VirtualMachineClass",
        "virtualization.deckhouse.io/v1alpha3 VirtualMachineClass");
  }
}
