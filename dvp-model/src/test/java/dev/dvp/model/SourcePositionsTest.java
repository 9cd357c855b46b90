package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The position index behind {@link ManifestDocument#locate} gives what the former implementation (a re-parse of the
 * source per call, kept here as the oracle) gave, for every path of the seed documentation's manifests, for
 * paths that do not exist, and for random paths.
 */
class SourcePositionsTest {
  private static final Manifests CODEC = Manifests.standard();
  private static final String[] KINDS = {"VirtualMachine", "VirtualDisk", "VirtualImage", "ClusterVirtualImage",
      "VirtualMachineClass", "VirtualMachineBlockDeviceAttachment", "VirtualMachineIPAddress",
      "VirtualMachineOperation", "Service", "Secret", "ModuleConfig", "VirtualMachineSnapshot"};

  @Test
  void everyPathOfTheSeedManifestsIsWhereTheReparseFoundIt() throws Exception {
    StringBuilder all = new StringBuilder();
    for (String kind : KINDS) {
      for (String yaml : SeedManifests.ofKind(kind)) {
        all.append("---\n").append(yaml);
      }
    }
    String text = all.toString();
    assertThat(text).contains("kind: VirtualMachine\n");
    SourceText source = new SourceText("seed.yaml", text, ModelMapper.yaml(64, 50, 1 << 26, 1 << 26));
    int checked = 0;
    for (int doc = 0; doc < 200; doc++) {
      Optional<Location> root = reparse(source, doc, "");
      if (root.isEmpty()) {
        assertThat(source.locate(doc, "")).isEmpty();
        break;
      }
      JsonNode tree = treeOf(text, doc);
      List<String> paths = new ArrayList<>();
      paths(tree, "", paths);
      for (String path : paths) {
        for (String probe : List.of(path, path + ".missing", path + "[0]", path + "[99]", path + ".a.b[3]")) {
          assertThat(source.locate(doc, probe)).as(probe).isEqualTo(reparse(source, doc, probe));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void randomPathsMatchTheReparse() {
    String text = String.join("\n",
        "apiVersion: v1",
        "kind: List",
        "items:",
        "  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a, labels: {x.y/z: '1', b: '2'}},",
        "     data: {k1: v, k2: w, k3: x, k4: y, k5: z, k6: a, k7: b, k8: c, k9: d, k10: e, k11: f, k12: g,",
        "            k13: h, k14: i, k1: dup}}",
        "  - apiVersion: v1",
        "    kind: Secret",
        "    metadata:",
        "      name: s",
        "    stringData:",
        "      a: [1, [2, 3], {b: [4]}]",
        "---",
        "{\"top\": [[], {}, [{\"q\": null}]]}",
        "---",
        "just a scalar",
        "");
    SourceText source = new SourceText("r.yaml", text, ModelMapper.yaml(64, 50, 1 << 20, 1 << 20));
    String[] names = {"items", "apiVersion", "kind", "metadata", "name", "labels", "x.y/z", "data", "k1", "k14",
        "k15", "stringData", "a", "b", "top", "q", "0", ""};
    qt().forAll(integers().between(-1, 4), lists().of(integers().between(0, names.length + 4)).ofSizeBetween(0, 6))
        .checkAssert((doc, picks) -> {
          StringBuilder path = new StringBuilder();
          for (int pick : picks) {
            if (pick >= names.length) {
              path.append('[').append(pick - names.length).append(']');
            } else if (names[pick].contains(".")) {
              path.append('[').append(names[pick]).append(']');
            } else {
              path.append(path.length() == 0 ? "" : ".").append(names[pick]);
            }
          }
          String p = path.toString();
          assertThat(source.locate(doc, p)).as(doc + " " + p).isEqualTo(reparse(source, doc, p));
        });
  }

  @Test
  void aDocumentOfManyFieldsAndALongListIsFoundByLookup() throws Exception {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
    for (int i = 0; i < 3000; i++) {
      b.append("  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c").append(i).append("}}\n");
    }
    List<ManifestDocument> docs = CODEC.readDocuments(b.toString(), "list.yaml");
    assertThat(docs).hasSize(3000);
    assertThat(docs.get(2999).start()).hasToString("list.yaml:3003:5");
    assertThat(docs.get(2999).locate("metadata.name")).hasToString("list.yaml:3003:56");
  }

  private static JsonNode treeOf(String text, int doc) throws IOException {
    Iterator<JsonNode> it = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readerFor(JsonNode.class)
        .readValues(text);
    for (int i = 0; i < doc; i++) {
      it.next();
    }
    return it.next();
  }

  private static void paths(JsonNode node, String prefix, List<String> out) {
    out.add(prefix);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey().contains(".") ? "[" + e.getKey() + "]" : e.getKey();
        paths(e.getValue(), key.startsWith("[") ? prefix + key : prefix.isEmpty() ? key : prefix + "." + key, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths(node.get(i), prefix + "[" + i + "]", out);
      }
    }
  }

  /** The former SourceText.locate: parse the source again and walk down the path. */
  static Optional<Location> reparse(SourceText source, int documentIndex, String path) {
    List<Object> steps = SourceText.steps(path);
    try (JsonParser parser = source.mapper().createParser(source.text())) {
      int index = -1;
      while (parser.nextToken() != null) {
        index++;
        if (index == documentIndex) {
          return Optional.of(descend(source, parser, steps, 0));
        }
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // as before: fall back
    }
    return Optional.empty();
  }

  private static Location descend(SourceText source, JsonParser parser, List<Object> steps, int depth)
      throws IOException {
    Location here = source.location(parser.currentTokenLocation());
    if (depth == steps.size()) {
      return here;
    }
    Object step = steps.get(depth);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT && step instanceof String) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals(step)) {
          return descend(source, parser, steps, depth + 1);
        }
        parser.skipChildren();
      }
    } else if (token == JsonToken.START_ARRAY && step instanceof Integer) {
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (i++ == (Integer) step) {
          return descend(source, parser, steps, depth + 1);
        }
        parser.skipChildren();
      }
    }
    return here;
  }
}
