package dev.dvp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.Location;
import dev.dvp.model.ManifestException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link CheckReport} as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), which code
 * scanning UIs read: one run of the tool {@code dvp}, one rule per finding code, one result per finding with its
 * file, line and column; unreadable sources are results of the rule {@code unreadable}. A finding that fails the
 * check is {@code error}, a warning is {@code warning} (or {@code error} under {@code --strict}).
 */
final class CheckReportSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private CheckReportSarif() {}

  static void write(CheckReport report, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "dvp").put("informationUri", "https://github.com/dvp-sdk/dvp-sdk");
    DvpVersion.implementationVersion().ifPresent(v -> driver.put("version", v));
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    for (CheckReport.Located l : report.findings) {
      String code = l.violation().code();
      int index = ruleIndex.computeIfAbsent(code, c -> {
        rules.addObject().put("id", c).putObject("shortDescription").put("text", c);
        return ruleIndex.size();
      });
      ObjectNode result = results.addObject().put("ruleId", code).put("ruleIndex", index)
          .put("level", report.fails(l.violation()) ? "error" : "warning");
      String subject = l.subject() == null ? "" : CheckReport.describe(l.subject()) + ": ";
      result.putObject("message").put("text", subject + l.violation());
      ObjectNode location = location(result.putArray("locations"), l.at());
      if (l.subject() != null) {
        location.putArray("logicalLocations").addObject()
            .put("fullyQualifiedName", CheckReport.describe(l.subject()) + " " + l.violation().path())
            .put("kind", "object");
      }
    }
    for (ManifestException e : report.unreadable) {
      int index = ruleIndex.computeIfAbsent("unreadable", c -> {
        rules.addObject().put("id", c).putObject("shortDescription").put("text", "unreadable input");
        return ruleIndex.size();
      });
      ObjectNode result = results.addObject().put("ruleId", "unreadable").put("ruleIndex", index)
          .put("level", "error");
      result.putObject("message").put("text", e.reason());
      location(result.putArray("locations"), new Location(e.source(), e.line().orElse(0), e.column().orElse(0)));
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as SARIF", e);
    }
  }

  private static ObjectNode location(ArrayNode locations, Location at) {
    ObjectNode location = locations.addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(at.source()));
    // SARIF regions are 1-based; a position the source does not have is left out rather than invented.
    if (at.line() > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", at.line());
      if (at.column() > 0) {
        region.put("startColumn", at.column());
      }
    }
    return location;
  }

  /** A relative URI reference for a file path as given (SARIF §3.10: forward slashes, percent-encoded). */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.replace('\\', '/').toCharArray()) {
      if (c == ' ' || c == '%' || c == '#' || c == '?') {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
