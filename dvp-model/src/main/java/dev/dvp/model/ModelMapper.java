package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson configuration of the model: strict types as in Kubernetes, absent fields left out on write. */
final class ModelMapper {
  private ModelMapper() {}

  /** Quotes every string that YAML 1.1 or 1.2 would resolve to something other than a string. */
  static final class PlainScalarQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern NOT_A_STRING = java.util.regex.Pattern.compile(
        "[-+]?(\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+"
            + "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))"
            + "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
            + "|null|Null|NULL|~");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NOT_A_STRING.matcher(value).matches();
    }
  }

  /**
   * The JSON mapper. Jackson's own limit on a string's length (20 M characters by default) is raised to the
   * source limit, so that the codec's limits ({@code maxSourceSize}, {@code maxDocumentSize}) are the ones that
   * speak, in their own words.
   */
  static JsonMapper json(int maxDepth, int maxSourceChars) {
    JsonMapper.Builder builder = JsonMapper.builder(
        com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(constraints(maxDepth, maxSourceChars))
            .build());
    return configure(builder).build();
  }

  private static StreamReadConstraints constraints(int maxDepth, int maxSourceChars) {
    return StreamReadConstraints.builder().maxNestingDepth(maxDepth)
        .maxStringLength(Math.max(maxSourceChars, StreamReadConstraints.DEFAULT_MAX_STRING_LEN)).build();
  }

  /**
   * The YAML mapper, reading through {@link TextYamlFactory} (linear on long scalars). SnakeYAML's code point
   * limit per document is the document limit, so a huge document stops the scanner; repeated keys are let
   * through (SnakeYAML's {@code allowDuplicateKeys(false)} also makes Jackson's YAML parser fail on them) because
   * {@link DocumentCopy} reports them as findings.
   */
  static YAMLMapper yaml(int maxDepth, int maxAliases, int maxDocumentChars, int maxSourceChars) {
    LoaderOptions loader = new LoaderOptions();
    loader.setNestingDepthLimit(maxDepth);
    loader.setMaxAliasesForCollections(maxAliases);
    loader.setCodePointLimit(maxDocumentChars);
    loader.setAllowDuplicateKeys(true);
    YAMLFactory factory = new TextYamlFactory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(constraints(maxDepth, maxSourceChars))
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        // A string that a YAML reader would take for a number, boolean or null ("50", "1e3", "yes") must stay a
        // string when read back, by us or by kubectl.
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .stringQuotingChecker(new PlainScalarQuoting())
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .disable(YAMLGenerator.Feature.SPLIT_LINES));
    return configure(YAMLMapper.builder(factory)).build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    builder.addModule(new Jdk8Module())
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // A repeated field keeps its last value, in trees as in bound objects; DocumentCopy reports it.
        .disable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
        .withConfigOverride(Map.class, o -> o.setInclude(JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT)));
    // Kubernetes does not turn "1" into 1 or 1 into "1": a value of the wrong JSON type is an error.
    builder.withCoercionConfig(LogicalType.Textual, c -> c
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    builder.withCoercionConfig(LogicalType.Integer, c -> c
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    builder.withCoercionConfig(LogicalType.Boolean, c -> c
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    return builder;
  }
}
