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
 * {@code dvp convert}: reads manifests and writes them back as YAML or JSON, losing nothing (fields the SDK does
 * not model, and kinds it does not model, are kept). Violations are reported on standard error as warnings and the
 * objects are written all the same, as they were read; a document that cannot be read at all writes nothing, so
 * no object is ever dropped silently. Comments in YAML input are not kept (a YAML reader does not report them),
 * and the command says so on standard error.
 */
@Command(name = "convert", sortOptions = false,
    description = {"Read manifests and write them back as YAML or JSON, losing nothing but YAML comments.",
        "Violations are reported as warnings on standard error; the objects are written as read.",
        "Exit 0: written; 2: unreadable input (nothing written), no manifests found, or a usage error."})
final class ConvertCommand implements Callable<Integer> {
  /** The formats {@code convert} writes. */
  enum Target {
    YAML, JSON
  }

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "yaml|json",
      description = "The format to write.")
  Target target;

  @Parameters(arity = "0..*", paramLabel = "<file or directory>",
      description = "YAML or JSON manifests; - reads standard input.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--filename"}, paramLabel = "<file or directory>",
      description = "Same as a positional argument; repeatable; - reads standard input.")
  List<Path> filenames = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "<glob>", description = "Leave out files matching the glob; repeatable.")
  List<String> excludes = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> arguments = new ArrayList<>(paths);
    arguments.addAll(filenames);
    if (arguments.isEmpty()) {
      err.println("error: must specify one of -f and a file or directory. Maybe dvp convert -o json vm.yaml");
      return 2;
    }
    List<Resource> resources = new ArrayList<>();
    boolean unreadable = false;
    boolean yamlInput = false;
    try {
      for (Path file : ManifestFiles.expand(arguments, excludes)) {
        for (ManifestDocument d : ManifestFiles.readDocuments(file)) {
          if (d.problem().isPresent()) {
            err.println(d.problem().get().getMessage());
            unreadable = true;
            continue;
          }
          Resource r = d.resource().orElseThrow();
          for (Violation v : StructuralValidator.standard().validate(r)) {
            err.println(d.locate(v.path()) + ": warning: " + r.kind() + " " + r.name() + ": " + v);
          }
          resources.add(r);
        }
        yamlInput |= !ManifestFiles.nameOf(file).toLowerCase(java.util.Locale.ROOT).endsWith(".json");
      }
    } catch (ManifestException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("dvp convert: cannot list " + arguments + ": " + e.getMessage());
      return 2;
    }
    if (unreadable) {
      err.println("dvp convert: nothing written; the documents above cannot be read, and writing the others alone"
          + " would drop them");
      return 2;
    }
    if (resources.isEmpty()) {
      err.println("error: no manifests found in " + arguments + ". Maybe the path is wrong, or the files are not"
          + " *.yaml, *.yml or *.json");
      return 2;
    }
    if (yamlInput) {
      err.println("dvp convert: note: comments in YAML input are not kept");
    }
    Manifests.standard().write(resources,
        target == Target.YAML ? Manifests.Format.YAML : Manifests.Format.JSON, out);
    return 0;
  }
}
