package dev.dvp.cli;

import dev.dvp.model.Location;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code dvp check} found: every finding with where it is, the sources that could not be read, and the
 * objects of kinds the SDK does not model (whose metadata alone was checked). Immutable; the writers
 * ({@link CheckReportText}, {@link CheckReportJson}, {@link CheckReportSarif}, {@link CheckReportJunit}) render it.
 */
final class CheckReport {
  /** One finding: where, about which object (null for a document that could not be bound), and what. */
  record Located(Location at, Resource subject, Violation violation) {}

  /** An object that was read and whose metadata was checked, but whose kind no rule of the SDK knows. */
  record Unchecked(Location at, Resource subject) {}

  private static final Comparator<Located> ORDER = Comparator.comparing((Located l) -> l.at().source())
      .thenComparingInt(l -> l.at().line())
      .thenComparingInt(l -> l.at().column())
      .thenComparing(l -> l.violation().path())
      .thenComparing(l -> l.violation().message());

  final List<String> files;
  final int objects;
  final List<Located> findings;
  final List<ManifestException> unreadable;
  final List<Unchecked> notChecked;
  final boolean strict;

  CheckReport(List<String> files, int objects, List<Located> findings, List<ManifestException> unreadable,
      List<Unchecked> notChecked, boolean strict) {
    this.files = List.copyOf(files);
    this.objects = objects;
    this.findings = findings.stream().sorted(ORDER).toList();
    this.unreadable = List.copyOf(unreadable);
    this.notChecked = List.copyOf(notChecked);
    this.strict = strict;
  }

  long errors() {
    return findings.stream().filter(l -> l.violation().isError()).count();
  }

  long warnings() {
    return findings.size() - errors();
  }

  /** Whether a finding fails the check: every error, and with {@code --strict} every warning too. */
  boolean fails(Violation v) {
    return v.isError() || strict;
  }

  /** The exit code: 2 for unreadable input, 1 for failing findings, 0 otherwise. */
  int exitCode() {
    if (!unreadable.isEmpty()) {
      return 2;
    }
    return findings.stream().anyMatch(l -> fails(l.violation())) ? 1 : 0;
  }

  static String severity(Violation v) {
    return v.isError() ? "error" : "warning";
  }

  /**
   * {@code Kind namespace/name}, or {@code Kind name} for objects that name no namespace; an object with only
   * {@code generateName} shows it with {@code <random>} where the API server adds five characters.
   */
  static String describe(Resource r) {
    String ns = r.namespace().map(n -> n + "/").orElse("");
    String name = r.name().isEmpty() ? r.metadata().generateName().map(g -> g + "<random>").orElse("") : r.name();
    return r.kind() + " " + ns + name;
  }
}
