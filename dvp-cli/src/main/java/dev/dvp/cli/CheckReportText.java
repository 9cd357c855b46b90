package dev.dvp.cli;

import dev.dvp.model.ManifestException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Writes a {@link CheckReport} for people: {@code file:line:column: severity: Kind ns/name: path: message}. */
final class CheckReportText {
  private CheckReportText() {}

  static void write(CheckReport report, PrintWriter out, PrintWriter err) {
    for (ManifestException e : report.unreadable) {
      err.println(e.getMessage());
    }
    for (CheckReport.Located l : report.findings) {
      String subject = l.subject() == null ? "" : CheckReport.describe(l.subject()) + ": ";
      out.println(l.at() + ": " + CheckReport.severity(l.violation()) + ": " + subject + l.violation());
    }
    int files = report.files.size();
    long errors = report.errors();
    long warnings = report.warnings();
    StringBuilder summary = new StringBuilder()
        .append(report.objects).append(report.objects == 1 ? " object" : " objects").append(" in ")
        .append(files).append(files == 1 ? " file" : " files").append(": ");
    if (!report.unreadable.isEmpty()) {
      summary.append(report.unreadable.size()).append(" unreadable, ");
    }
    if (errors == 0 && warnings == 0 && report.unreadable.isEmpty()) {
      summary.append("all valid");
    } else {
      summary.append(errors).append(errors == 1 ? " error, " : " errors, ")
          .append(warnings).append(warnings == 1 ? " warning" : " warnings");
      if (report.strict && warnings > 0) {
        summary.append(" (--strict: warnings fail)");
      }
    }
    if (!report.notChecked.isEmpty()) {
      Map<String, Integer> byKind = new TreeMap<>();
      report.notChecked.forEach(u -> byKind.merge(u.subject().kind() + " (" + u.subject().apiVersion() + ")", 1,
          Integer::sum));
      StringBuilder kinds = new StringBuilder();
      byKind.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(kind));
      summary.append("; ").append(report.notChecked.size()).append(" not checked beyond metadata (kinds the SDK"
          + " does not model: ").append(kinds).append(')');
    }
    out.println(summary);
  }
}
