package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jackson binding: strings and numbers in, the same form and text out (rule book section 5). */
class QuantityJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());
    private static final ObjectMapper YAML = new YAMLMapper().registerModule(new Jdk8Module());
    private static final TypeReference<Map<String, Quantity>> MAP = new TypeReference<>() { };

    /** A bean with quantity fields, as resource specs have. */
    static final class Resources {
        public Quantity memory;
        public Optional<Quantity> cpu = Optional.empty();
        public List<Quantity> sizes = List.of();
    }

    @Test
    void stringsAndNumbersAreRead() throws Exception {
        Map<String, Quantity> read = JSON.readValue(
                "{\"a\":\"8Gi\",\"b\":8,\"c\":1.5,\"d\":\"500m\",\"e\":1e3,\"f\":-2}", MAP);
        assertThat(read.get("a")).isEqualTo(Quantity.ofBytes(8L << 30));
        assertThat(read.get("b").value()).isEqualTo(8);
        assertThat(read.get("c").milliValue()).isEqualTo(1500);
        assertThat(read.get("d")).isEqualTo(Quantity.ofMillis(500));
        assertThat(read.get("e").format()).isEqualTo(Quantity.Format.DECIMAL_EXPONENT);
        assertThat(read.get("f").value()).isEqualTo(-2);
    }

    @Test
    void eachValueIsWrittenBackInItsOwnFormAndText() throws Exception {
        String document = "{\"a\":\"8Gi\",\"b\":8,\"c\":1.5,\"d\":\"+1\",\"e\":\"1.500\",\"f\":1e3,\"g\":\"1024Mi\"}";
        Map<String, Quantity> read = JSON.readValue(document, MAP);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(document);
    }

    // QT TestJSONWhitespace: surrounding whitespace is trimmed before parsing.
    @Test
    void surroundingWhitespaceIsTrimmedButKeptForTheRoundTrip() throws Exception {
        String document = "{\"a\":\" 8Gi \",\"b\":\"\\t100m\\n\"}";
        Map<String, Quantity> read = JSON.readValue(document, MAP);
        assertThat(read.get("a").toString()).isEqualTo("8Gi");
        assertThat(read.get("b").canonical()).isEqualTo("100m");
        assertThat(JSON.writeValueAsString(read)).isEqualTo(document);
    }

    @Test
    void computedQuantitiesAreWrittenAsCanonicalStrings() throws Exception {
        Resources r = new Resources();
        r.memory = Quantity.parse("1536Mi").add(Quantity.parse("512Mi"));
        r.cpu = Optional.of(Quantity.ofMillis(1500));
        r.sizes = List.of(Quantity.parse("+1"), Quantity.parse("1.5e3").add(Quantity.ZERO));
        assertThat(JSON.writeValueAsString(r))
                .isEqualTo("{\"memory\":\"2Gi\",\"cpu\":\"1500m\",\"sizes\":[\"+1\",\"1500\"]}");
    }

    @Test
    void beansRoundTripWithEqualTrees() throws Exception {
        String document = "{\"memory\":\"4Gi\",\"cpu\":2,\"sizes\":[\"1.5Gi\",0.5,\"0\",\"1e3\",10]}";
        Resources r = JSON.readValue(document, Resources.class);
        assertThat(r.memory.value()).isEqualTo(4L << 30);
        assertThat(r.cpu).contains(Quantity.of(2, Quantity.Format.DECIMAL_SI));
        assertThat(JSON.readTree(JSON.writeValueAsString(r))).isEqualTo(JSON.readTree(document));
    }

    @Test
    void nullIsAbsentRatherThanZero() throws Exception {
        Resources r = JSON.readValue("{\"memory\":null,\"cpu\":null}", Resources.class);
        assertThat(r.memory).isNull();
        assertThat(r.cpu).isEmpty();
    }

    @Test
    void invalidTextFailsWithTheReason() {
        assertThatThrownBy(() -> JSON.readValue("{\"memory\":\"1.5.5Gi\"}", Resources.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> {
                    InvalidFormatException ife = (InvalidFormatException) e;
                    assertThat(ife.getOriginalMessage()).isEqualTo("quantity \"1.5.5Gi\": a second '.' is not allowed;"
                            + " expected e.g. \"512Mi\", \"2Gi\", \"500m\" or \"1.5\"");
                    assertThat(ife.getValue()).isEqualTo("1.5.5Gi");
                    assertThat(ife.getPath()).hasSize(1);
                    assertThat(ife.getPath().get(0).getFieldName()).isEqualTo("memory");
                });
        assertThatThrownBy(() -> JSON.readValue("{\"memory\":\"\"}", Resources.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("quantity \"\": the text is empty;");
        assertThatThrownBy(() -> JSON.readValue("{\"memory\":\"1 Gi\"}", Resources.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("quantity \"1 Gi\": whitespace is not allowed (at index 1)");
    }

    @Test
    void otherTokensFailWithAClearMessage() {
        assertThatThrownBy(() -> JSON.readValue("{\"memory\":true}", Resources.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getOriginalMessage()).isEqualTo(
                        "a quantity must be a string such as \"512Mi\" or a number such as 1.5, not VALUE_TRUE"));
        assertThatThrownBy(() -> JSON.readValue("{\"memory\":{}}", Resources.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("a quantity must be a string such as \"512Mi\" or a number such as 1.5");
    }

    @Test
    void yamlRoundTripKeepsStringsAndNumbers() throws Exception {
        String document = "memory: 8Gi\ncpu: 2\nfraction: 0.5\nquoted: \"1536Mi\"\nbig: 12345678901234567890123\n";
        Map<String, Quantity> read = YAML.readValue(document, MAP);
        assertThat(read.get("memory")).isEqualTo(Quantity.ofBytes(8L << 30));
        assertThat(read.get("cpu").value()).isEqualTo(2);
        assertThat(read.get("fraction")).isEqualTo(Quantity.ofMillis(500));
        assertThat(read.get("big").toString()).isEqualTo("12345678901234567890123");
        String written = YAML.writeValueAsString(read);
        assertThat(YAML.readTree(written)).isEqualTo(YAML.readTree(document));
    }

    @Test
    void yamlNumbersOutsideTheQuantityGrammarAreReadByValue() throws Exception {
        Map<String, Quantity> read = YAML.readValue("hex: 0x10\n", MAP);
        assertThat(read.get("hex").value()).isEqualTo(16);
        assertThat(YAML.readTree(YAML.writeValueAsString(read))).isEqualTo(YAML.readTree("hex: 16\n"));
    }
}
