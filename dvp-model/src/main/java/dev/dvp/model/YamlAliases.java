package dev.dvp.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML document that uses aliases ({@code *name}), expanding them as Kubernetes does, within limits.
 *
 * <p>Jackson's YAML parser does not expand aliases, so {@link Manifests} sends such documents here. The
 * composer refuses more than {@code maxAliases} aliases of collections, and expansion stops at
 * {@code maxExpandedNodes} nodes, so a "billion laughs" document fails fast instead of exhausting memory.
 */
final class YamlAliases {
  private final int maxAliases;
  private final int maxDepth;
  private final int maxExpandedNodes;
  private int nodes;

  YamlAliases(int maxAliases, int maxDepth, int maxExpandedNodes) {
    this.maxAliases = maxAliases;
    this.maxDepth = maxDepth;
    this.maxExpandedNodes = maxExpandedNodes;
  }

  JsonNode document(String text, int index, String source) throws ManifestException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(maxAliases);
    options.setNestingDepthLimit(maxDepth);
    options.setCodePointLimit(Math.max(text.length() + 1, 1));
    // Repeated keys keep their last value, as on the main path, where DocumentCopy reports them.
    options.setAllowDuplicateKeys(true);
    try {
      // Yaml.composeAll, reading through TextWindowReader so that long scalars stay linear.
      Composer documents = new Composer(new ParserImpl(new TextWindowReader(text), options), new Resolver(), options);
      Node node = null;
      for (int i = 0; i <= index && documents.checkNode(); i++) {
        node = documents.getNode();
      }
      return node == null ? null : convert(node, source, 0);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      int column = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
      throw new ManifestException(source, line, column, "", reason(e.getProblem()));
    } catch (YAMLException e) {
      throw new ManifestException(source, 0, 0, "", reason(e.getMessage()));
    }
  }

  private String reason(String message) {
    String m = message == null ? "" : message;
    if (m.contains("aliases for non-scalar nodes")) {
      return tooManyAliases(maxAliases);
    }
    if (m.contains("Nesting Depth exceeded")) {
      return tooDeep(maxDepth);
    }
    return "invalid YAML: " + m;
  }

  /** The reason given when a document has more aliases of collections than allowed. */
  static String tooManyAliases(int maxAliases) {
    return "more than " + maxAliases + " YAML aliases of collections. Maybe the document is a"
        + " \"billion laughs\" bomb, or raise Manifests.builder().maxAliases(..)";
  }

  /** The reason given when a document nests deeper than allowed. */
  static String tooDeep(int maxDepth) {
    return "nesting deeper than " + maxDepth
        + " levels. Maybe the document is malformed, or raise Manifests.builder().maxDepth(..)";
  }

  private JsonNode convert(Node node, String source, int depth) throws ManifestException {
    if (++nodes > maxExpandedNodes) {
      throw new ManifestException(source, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
          "", "YAML aliases expand to more than " + maxExpandedNodes + " nodes. Maybe the document is a"
              + " \"billion laughs\" bomb, or raise Manifests.builder().maxExpandedNodes(..)");
    }
    if (depth > maxDepth) {
      throw new ManifestException(source, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
          "", "nesting deeper than " + maxDepth
              + " levels once aliases are expanded. Maybe raise Manifests.builder().maxDepth(..)");
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode) {
      ObjectNode object = f.objectNode();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode
            ? ((ScalarNode) tuple.getKeyNode()).getValue() : String.valueOf(tuple.getKeyNode());
        object.set(key, convert(tuple.getValueNode(), source, depth + 1));
      }
      return object;
    }
    if (node instanceof SequenceNode) {
      ArrayNode array = f.arrayNode();
      for (Node item : ((SequenceNode) node).getValue()) {
        array.add(convert(item, source, depth + 1));
      }
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return f.nullNode();
    } else if (Tag.BOOL.equals(tag)) {
      return f.booleanNode(value.equalsIgnoreCase("true"));
    } else if (Tag.INT.equals(tag)) {
      try {
        return f.numberNode(new BigInteger(value.replace("_", "")).longValueExact());
      } catch (ArithmeticException | NumberFormatException e) {
        return f.textNode(value);
      }
    } else if (Tag.FLOAT.equals(tag)) {
      try {
        return f.numberNode(new BigDecimal(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return f.textNode(value);
      }
    }
    return f.textNode(value);
  }
}
