package dev.dvp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.Location;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import java.io.PrintWriter;

/**
 * Writes a {@link CheckReport} as JSON for machines. Every list is written, empty or not: {@code findings},
 * {@code unreadable}, {@code notChecked}; each finding and unchecked object carries {@code apiVersion},
 * {@code kind}, {@code namespace} (when it names one) and {@code name}, with the file, line and column.
 */
final class CheckReportJson {
  private CheckReportJson() {}

  static void write(CheckReport report, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("files", report.files.size()).put("objects", report.objects);
    root.put("valid", report.exitCode() == 0);
    root.put("errors", report.errors()).put("warnings", report.warnings());
    ArrayNode list = root.putArray("findings");
    for (CheckReport.Located l : report.findings) {
      ObjectNode f = list.addObject();
      at(f, l.at());
      if (l.subject() != null) {
        subject(f, l.subject());
      }
      f.put("path", l.violation().path()).put("code", l.violation().code())
          .put("severity", CheckReport.severity(l.violation()))
          .put("message", l.violation().message());
    }
    ArrayNode bad = root.putArray("unreadable");
    for (ManifestException e : report.unreadable) {
      ObjectNode u = bad.addObject().put("file", e.source());
      e.line().ifPresent(line -> u.put("line", line));
      e.column().ifPresent(column -> u.put("column", column));
      u.put("message", e.reason());
    }
    ArrayNode unchecked = root.putArray("notChecked");
    for (CheckReport.Unchecked u : report.notChecked) {
      ObjectNode n = unchecked.addObject();
      at(n, u.at());
      subject(n, u.subject());
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static void at(ObjectNode node, Location at) {
    node.put("file", at.source()).put("line", at.line()).put("column", at.column());
  }

  private static void subject(ObjectNode node, Resource r) {
    node.put("apiVersion", r.apiVersion()).put("kind", r.kind());
    r.namespace().ifPresent(ns -> node.put("namespace", ns));
    node.put("name", r.name());
  }
}
