package dev.dvp.cli;

import dev.dvp.model.ManifestDocument;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp convert}: reads manifests, validates them, and writes them back as YAML or JSON, losing nothing
 * (fields the SDK does not model are kept). Nothing is written unless every object is readable and valid.
 */
@Command(name = "convert", sortOptions = false,
    description = {"Read, validate and write manifests back as YAML or JSON, losing nothing.",
        "Writes nothing when an object is invalid. Exit 0: written; 1: violations; 2: unreadable input."})
final class ConvertCommand implements Callable<Integer> {
  /** The formats {@code convert} writes. */
  enum Target {
    YAML, JSON
  }

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "yaml|json",
      description = "The format to write.")
  Target target;

  @Parameters(arity = "1..*", paramLabel = "<file or directory>", description = "YAML or JSON manifests.")
  List<Path> paths;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Resource> resources = new ArrayList<>();
    boolean invalid = false;
    try {
      for (Path file : ManifestFiles.expand(paths)) {
        for (ManifestDocument d : Manifests.standard().readDocuments(file)) {
          if (d.problem().isPresent()) {
            err.println(d.problem().get().getMessage());
            invalid = true;
            continue;
          }
          Resource r = d.resource().orElseThrow();
          for (Violation v : StructuralValidator.standard().validate(r)) {
            err.println(d.locate(v.path()) + ": " + r.kind() + " " + r.name() + ": " + v);
            invalid = true;
          }
          resources.add(r);
        }
      }
    } catch (ManifestException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("dvp convert: cannot list " + paths + ": " + e.getMessage());
      return 2;
    }
    if (invalid) {
      err.println("dvp convert: nothing written; fix the violations above");
      return 1;
    }
    Manifests.standard().write(resources,
        target == Target.YAML ? Manifests.Format.YAML : Manifests.Format.JSON, out);
    return 0;
  }
}
