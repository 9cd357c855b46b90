package dev.dvp.cli;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CheckReport} as JUnit XML, the format CI systems (Jenkins, GitLab, GitHub reporters) show as test
 * results: one {@code testsuite} per file, one {@code testcase} per finding (named after the object, the path and
 * the rule id; a {@code failure} when it fails the check, its text in {@code system-out} when it is a warning that
 * does not), one passing {@code testcase} per object without findings, and an {@code error} per unreadable source.
 * No timestamps or durations: the output depends on the input alone.
 */
final class CheckReportJunit {
  private CheckReportJunit() {}

  /** One testcase: its name, and what went wrong ({@code null} for a pass). */
  private record Case(String name, String kind, String message, String body) {}

  static void write(CheckReport report, List<Resource> objects, Map<Resource, String> sourceOf, PrintWriter out) {
    Map<String, List<Case>> suites = new LinkedHashMap<>();
    report.files.forEach(f -> suites.put(f, new ArrayList<>()));
    Map<Resource, Boolean> withFindings = new IdentityHashMap<>();
    for (CheckReport.Located l : report.findings) {
      String subject = l.subject() == null ? "document" : CheckReport.describe(l.subject());
      String name = subject + " " + l.violation().path() + " (" + l.violation().code() + ")";
      String body = l.at() + ": " + CheckReport.severity(l.violation()) + ": " + l.violation();
      String kind = report.fails(l.violation()) ? "failure" : "system-out";
      suites.computeIfAbsent(l.at().source(), s -> new ArrayList<>())
          .add(new Case(name, kind, l.violation().message(), body));
      if (l.subject() != null) {
        withFindings.put(l.subject(), true);
      }
    }
    for (Resource r : objects) {
      if (!withFindings.containsKey(r)) {
        suites.computeIfAbsent(sourceOf.get(r), s -> new ArrayList<>())
            .add(new Case(CheckReport.describe(r), null, null, null));
      }
    }
    for (ManifestException e : report.unreadable) {
      suites.computeIfAbsent(e.source(), s -> new ArrayList<>())
          .add(new Case("unreadable", "error", e.reason(), e.getMessage()));
    }
    int tests = suites.values().stream().mapToInt(List::size).sum();
    long failures = count(suites, "failure");
    long errors = count(suites, "error");
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"dvp check\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
        + errors + "\">");
    suites.forEach((file, cases) -> {
      out.println("  <testsuite name=\"" + xml(file) + "\" tests=\"" + cases.size() + "\" failures=\""
          + cases.stream().filter(c -> "failure".equals(c.kind())).count() + "\" errors=\""
          + cases.stream().filter(c -> "error".equals(c.kind())).count() + "\">");
      for (Case c : cases) {
        String open = "    <testcase classname=\"" + xml(file) + "\" name=\"" + xml(c.name()) + "\"";
        if (c.kind() == null) {
          out.println(open + "/>");
        } else if (c.kind().equals("system-out")) {
          out.println(open + "><system-out>" + xml(c.body()) + "</system-out></testcase>");
        } else {
          out.println(open + "><" + c.kind() + " message=\"" + xml(c.message()) + "\">" + xml(c.body()) + "</"
              + c.kind() + "></testcase>");
        }
      }
      out.println("  </testsuite>");
    });
    out.println("</testsuites>");
  }

  private static long count(Map<String, List<Case>> suites, String kind) {
    return suites.values().stream().flatMap(List::stream).filter(c -> kind.equals(c.kind())).count();
  }

  /** Escapes text for XML 1.0 content and attributes; characters XML 1.0 cannot hold become U+FFFD. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&apos;"); break;
        case '\n': out.append("&#10;"); break;
        case '\t': out.append("&#9;"); break;
        case '\r': out.append("&#13;"); break;
        default:
          out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
