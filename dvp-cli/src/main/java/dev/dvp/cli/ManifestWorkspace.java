package dev.dvp.cli;

import dev.dvp.model.Location;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.cluster.ClusterFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The manifests of an editor's workspace as {@code dvp lsp} sees them: every {@code *.yaml}, {@code *.yml} and
 * {@code *.json} below the root as saved, with the open documents' unsaved texts in their place, judged together
 * as {@code dvp check} judges a directory (so a VM's class or disk in another file resolves).
 *
 * <p>A YAML file is kept as its documents (the text between {@code ---} lines), each read on its own and moved to
 * its place in the file ({@link ManifestDocument#shifted}): an edit re-reads only the documents whose text changed,
 * and documents that only moved (lines inserted above them) are kept. Not thread-safe; the server calls it from one
 * thread.
 */
final class ManifestWorkspace {
  /** One document's text in a file: where it starts, and what reading it gave (positions as if it were alone). */
  private record Segment(int startLine, int lineCount, String text, List<ManifestDocument> documents,
      ManifestException unreadable) {}

  /** What a file holds: its text, its documents' segments, and the documents at their places in the file. */
  private record Source(String text, List<Segment> segments, List<ManifestDocument> documents) {
    Source(String text, List<Segment> segments) {
      this(text, segments, placed(segments));
    }
  }

  private static final java.util.regex.Pattern DOCUMENT_START =
      java.util.regex.Pattern.compile("(?m)^---(?=[ \t]|\r?$)");

  private final Map<String, Source> sources = new TreeMap<>();
  private Optional<ClusterFacts> facts;
  private ManifestJudge judge;

  ManifestWorkspace(Optional<ClusterFacts> facts) {
    facts(facts);
  }

  private void facts(Optional<ClusterFacts> facts) {
    this.facts = facts;
    this.judge = new ManifestJudge(dev.dvp.model.ResourceSet.DEFAULT_NAMESPACE, FieldValidation.STRICT, facts);
  }

  /** @return the cluster's facts the workspace is judged with, if any */
  Optional<ClusterFacts> facts() {
    return facts;
  }

  /**
   * Sets the cluster's facts (from the editor's settings or the workspace's {@code .dvp.yaml}).
   *
   * @param facts the facts
   */
  void facts(ClusterFacts facts) {
    facts(Optional.of(facts));
  }

  /**
   * Reads every manifest below a directory, as saved.
   *
   * @param root the workspace folder
   * @throws IOException if the folder cannot be listed
   */
  void scan(Path root) throws IOException {
    for (Path file : ManifestFiles.expand(List.of(root))) {
      try {
        put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        sources.put(file.toString(), new Source("", List.of(new Segment(0, 1, "", List.of(),
            new ManifestException(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage())))));
      }
    }
  }

  /**
   * Sets the text of a file (an open document's unsaved text, or a saved file). Only the documents whose text
   * changed are read again.
   *
   * @param name the file's path, as findings name it
   * @param text its text
   */
  void put(String name, String text) {
    Source old = sources.get(name);
    if (old != null && old.text().equals(text)) {
      return;
    }
    Map<String, java.util.ArrayDeque<Segment>> reusable = new HashMap<>();
    if (old != null) {
      for (Segment segment : old.segments()) {
        reusable.computeIfAbsent(segment.text(), t -> new java.util.ArrayDeque<>()).add(segment);
      }
    }
    List<Segment> segments = new ArrayList<>();
    int line = 0;
    for (String part : split(text)) {
      int lines = lineCount(part);
      java.util.ArrayDeque<Segment> same = reusable.get(part);
      Segment kept = same == null ? null : same.poll();
      segments.add(kept != null ? new Segment(line, lines, part, kept.documents(), kept.unreadable())
          : read(name, line, lines, part));
      line += lines;
    }
    sources.put(name, new Source(text, List.copyOf(segments)));
  }

  private static Segment read(String name, int startLine, int lines, String part) {
    try {
      return new Segment(startLine, lines, part, Manifests.standard().readDocuments(part, name), null);
    } catch (ManifestException e) {
      return new Segment(startLine, lines, part, List.of(), e);
    }
  }

  /** A YAML text cut before every {@code ---} line; JSON stays whole. */
  static List<String> split(String text) {
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    java.util.regex.Matcher m = DOCUMENT_START.matcher(text);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        parts.add(text.substring(from, m.start()));
        from = m.start();
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  /**
   * Returns the text of the document (as {@link #split} cuts the text) that holds a line.
   *
   * @param text a file's text
   * @param line a 0-based line
   * @return that document's text, or {@code ""} past the end
   */
  static String documentAt(String text, int line) {
    int first = 0;
    for (String part : split(text)) {
      int lines = lineCount(part);
      if (line < first + Math.max(1, lines)) {
        return part;
      }
      first += lines;
    }
    return "";
  }

  private static int lineCount(String part) {
    int n = 0;
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The documents of a file's segments, at their places in it. */
  private static List<ManifestDocument> placed(List<Segment> segments) {
    List<ManifestDocument> out = new ArrayList<>();
    for (Segment segment : segments) {
      for (ManifestDocument d : segment.documents()) {
        out.add(d.shifted(segment.startLine()));
      }
    }
    return out;
  }

  /** The documents of the file's document that holds a 0-based line. */
  private Optional<List<ManifestDocument>> documentsAt(String name, int line) {
    Source source = sources.get(name);
    if (source == null) {
      return Optional.empty();
    }
    for (Segment segment : source.segments()) {
      if (line >= segment.startLine() && line < segment.startLine() + Math.max(1, segment.lineCount())) {
        List<ManifestDocument> out = new ArrayList<>();
        segment.documents().forEach(d -> out.add(d.shifted(segment.startLine())));
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the text of a file.
   *
   * @param name the file's path
   * @return its text, if the workspace holds it
   */
  Optional<String> text(String name) {
    return Optional.ofNullable(sources.get(name)).map(Source::text);
  }

  /**
   * Returns the object of the file's document that holds a line.
   *
   * @param name the file's path
   * @param line a 0-based line of the document
   * @return the object, when the document could be bound
   */
  Optional<dev.dvp.model.Resource> resource(String name, int line) {
    return documentsAt(name, line).flatMap(ds -> ds.stream().flatMap(d -> d.resource().stream()).findFirst());
  }

  /**
   * Finds where a field of the object at a line is written.
   *
   * @param name the file's path
   * @param line a 0-based line of the document
   * @param path the field's path
   * @return its position, when the document holds exactly that field
   */
  Optional<Location> locate(String name, int line, String path) {
    Optional<ManifestDocument> d = documentsAt(name, line).flatMap(ds -> ds.stream().findFirst());
    if (d.isEmpty()) {
      return Optional.empty();
    }
    // locate() answers the nearest enclosing field for a missing one: only a different answer proves it is there.
    String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
    Location at = d.get().locate(path);
    return at.equals(d.get().locate(parent)) ? Optional.empty() : Optional.of(at);
  }

  /**
   * Finds a VirtualMachineClass among the workspace's manifests, then the cluster's.
   *
   * @param className its name
   * @return the class
   */
  Optional<dev.dvp.model.VirtualMachineClass> virtualMachineClass(String className) {
    for (Source source : sources.values()) {
      for (ManifestDocument d : source.documents()) {
        if (d.resource().filter(r -> r instanceof dev.dvp.model.VirtualMachineClass && r.name().equals(className))
            .isPresent()) {
          return d.resource().map(dev.dvp.model.VirtualMachineClass.class::cast);
        }
      }
    }
    return facts.flatMap(f -> f.virtualMachineClasses().stream().filter(c -> c.name().equals(className))
        .findFirst());
  }

  /**
   * Returns the names of the workspace's objects of a kind, for completion.
   *
   * @param kind e.g. {@code VirtualMachineClass}
   * @return the names, sorted, each once
   */
  List<String> names(String kind) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (Source source : sources.values()) {
      for (ManifestDocument d : source.documents()) {
        d.resource().filter(r -> r.kind().equals(kind) && !r.name().isEmpty()).ifPresent(r -> out.add(r.name()));
      }
    }
    facts.ifPresent(f -> f.objects().stream().filter(r -> r.kind().equals(kind) && !r.name().isEmpty())
        .forEach(r -> out.add(r.name())));
    return List.copyOf(out);
  }

  /**
   * Judges the whole workspace and returns the findings of every file, unreadable ones included.
   *
   * @return per file (in name order, every file present, most with no finding), its findings
   */
  Map<String, List<CheckReport.Located>> judge() {
    List<ManifestDocument> documents = new ArrayList<>();
    Map<String, List<CheckReport.Located>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Source> e : sources.entrySet()) {
      out.put(e.getKey(), new ArrayList<>());
      documents.addAll(e.getValue().documents());
      for (Segment segment : e.getValue().segments()) {
        ManifestException unreadable = segment.unreadable();
        if (unreadable != null) {
          int line = unreadable.line().map(l -> l + segment.startLine()).orElse(segment.startLine() + 1);
          out.get(e.getKey()).add(new CheckReport.Located(
              new Location(unreadable.source(), line, unreadable.column().orElse(1)), null,
              dev.dvp.model.Violation.error(unreadable.path(), "unreadable", unreadable.reason())));
        }
      }
    }
    ManifestJudge.Judgement j = judge.judge(documents);
    Map<String, List<CheckReport.Located>> bySource = new HashMap<>();
    for (CheckReport.Located l : j.findings) {
      bySource.computeIfAbsent(l.at().source(), s -> new ArrayList<>()).add(l);
    }
    bySource.forEach((source, found) -> out.computeIfAbsent(source, s -> new ArrayList<>()).addAll(found));
    return out;
  }
}
