package dev.dvp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the files and directories given on a command line into manifest files, in a stable order. */
final class ManifestFiles {
  private ManifestFiles() {}

  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(Files::isRegularFile).filter(ManifestFiles::isManifest).sorted().forEach(out::add);
        }
      } else {
        out.add(argument);
      }
    }
    return out;
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
