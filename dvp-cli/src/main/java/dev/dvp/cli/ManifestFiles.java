package dev.dvp.cli;

import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the files and directories given on a command line into manifest files, in a stable order, and reads
 * them; {@code -} stands for standard input, as in {@code kubectl apply -f -}.
 */
final class ManifestFiles {
  /** How standard input is named in messages, as kubectl names it. */
  static final String STDIN_NAME = "STDIN";
  private static final Path STDIN = Path.of("-");

  private ManifestFiles() {}

  /**
   * Expands arguments: a directory gives every {@code *.yaml}, {@code *.yml} and {@code *.json} below it (sorted),
   * a file or {@code -} gives itself.
   *
   * @param arguments files, directories or {@code -}
   * @param excludes globs ({@code --exclude}); a file is left out when one matches its path as given, its path
   *     relative to the directory it was found in, or its file name
   * @return the files, in order
   * @throws IOException if a directory cannot be listed
   */
  static List<Path> expand(List<Path> arguments, List<String> excludes) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : excludes) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    List<Path> out = new ArrayList<>();
    for (Path argument : arguments) {
      if (isStdin(argument)) {
        out.add(argument);
      } else if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(Files::isRegularFile).filter(ManifestFiles::isManifest).sorted()
              .filter(file -> !excluded(file, argument.relativize(file), matchers)).forEach(out::add);
        }
      } else if (!excluded(argument, argument, matchers)) {
        out.add(argument);
      }
    }
    return out;
  }

  /**
   * Expands arguments with nothing excluded; see {@link #expand(List, List)}.
   *
   * @param arguments files, directories or {@code -}
   * @return the files, in order
   * @throws IOException if a directory cannot be listed
   */
  static List<Path> expand(List<Path> arguments) throws IOException {
    return expand(arguments, List.of());
  }

  private static boolean excluded(Path file, Path relative, List<PathMatcher> matchers) {
    for (PathMatcher m : matchers) {
      if (m.matches(file) || m.matches(relative) || (file.getFileName() != null && m.matches(file.getFileName()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an argument names standard input.
   *
   * @param file an argument
   * @return whether it is {@code -}
   */
  static boolean isStdin(Path file) {
    return file.equals(STDIN);
  }

  /**
   * The name of a file in messages.
   *
   * @param file a file or {@code -}
   * @return the path, or {@value #STDIN_NAME}
   */
  static String nameOf(Path file) {
    return isStdin(file) ? STDIN_NAME : file.toString();
  }

  /**
   * Reads a file, or standard input for {@code -}, document by document.
   *
   * @param file a file or {@code -}
   * @return its documents
   * @throws ManifestException if it cannot be read or parsed
   */
  static List<ManifestDocument> readDocuments(Path file) throws ManifestException {
    if (isStdin(file)) {
      // Not closed: standard input belongs to the process.
      return Manifests.standard().readDocuments(new InputStreamReader(System.in, StandardCharsets.UTF_8),
          STDIN_NAME);
    }
    return Manifests.standard().readDocuments(file);
  }

  /**
   * Reads every object of a file, or of standard input for {@code -}.
   *
   * @param file a file or {@code -}
   * @return its objects
   * @throws ManifestException if it cannot be read, parsed or bound
   */
  static List<Resource> read(Path file) throws ManifestException {
    List<Resource> out = new ArrayList<>();
    for (ManifestDocument d : readDocuments(file)) {
      if (d.problem().isPresent()) {
        throw d.problem().get();
      }
      out.add(d.resource().orElseThrow());
    }
    return out;
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
