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
 * <p>Each text is read once per change: the documents of unchanged texts are kept. Not thread-safe; the server
 * calls it from one thread.
 */
final class ManifestWorkspace {
  /** What a file holds: its text, and its documents or why it cannot be read. */
  private record Source(String text, List<ManifestDocument> documents, ManifestException unreadable) {}

  private final Map<String, Source> sources = new TreeMap<>();
  private Optional<ClusterFacts> facts;

  ManifestWorkspace(Optional<ClusterFacts> facts) {
    this.facts = facts;
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
    this.facts = Optional.of(facts);
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
        sources.put(file.toString(), new Source("", List.of(),
            new ManifestException(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage())));
      }
    }
  }

  /**
   * Sets the text of a file (an open document's unsaved text, or a saved file).
   *
   * @param name the file's path, as findings name it
   * @param text its text
   */
  void put(String name, String text) {
    Source old = sources.get(name);
    if (old != null && old.text().equals(text)) {
      return;
    }
    try {
      sources.put(name, new Source(text, Manifests.standard().readDocuments(text, name), null));
    } catch (ManifestException e) {
      sources.put(name, new Source(text, List.of(), e));
    }
  }

  /**
   * Forgets a file (deleted, or not a manifest any more).
   *
   * @param name the file's path
   */
  void remove(String name) {
    sources.remove(name);
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
   * Returns an object of a file.
   *
   * @param name the file's path
   * @param document the document's index in the file
   * @return the object, when the document could be bound
   */
  Optional<dev.dvp.model.Resource> resource(String name, int document) {
    Source source = sources.get(name);
    if (source == null) {
      return Optional.empty();
    }
    return source.documents().stream().filter(d -> d.index() == document).findFirst()
        .flatMap(ManifestDocument::resource);
  }

  /**
   * Finds where a field of an object is written.
   *
   * @param name the file's path
   * @param document the document's index in the file
   * @param path the field's path
   * @return its position, when the document holds exactly that field
   */
  Optional<Location> locate(String name, int document, String path) {
    Source source = sources.get(name);
    if (source == null) {
      return Optional.empty();
    }
    Optional<ManifestDocument> d = source.documents().stream().filter(x -> x.index() == document).findFirst();
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
      ManifestException unreadable = e.getValue().unreadable();
      if (unreadable != null) {
        out.get(e.getKey()).add(new CheckReport.Located(
            new Location(unreadable.source(), unreadable.line().orElse(1), unreadable.column().orElse(1)), null,
            dev.dvp.model.Violation.error(unreadable.path(), "unreadable", unreadable.reason())));
      }
    }
    ManifestJudge.Judgement j = new ManifestJudge(dev.dvp.model.ResourceSet.DEFAULT_NAMESPACE,
        FieldValidation.STRICT, facts).judge(documents);
    Map<String, List<CheckReport.Located>> bySource = new HashMap<>();
    for (CheckReport.Located l : j.findings) {
      bySource.computeIfAbsent(l.at().source(), s -> new ArrayList<>()).add(l);
    }
    bySource.forEach((source, found) -> out.computeIfAbsent(source, s -> new ArrayList<>()).addAll(found));
    return out;
  }
}
