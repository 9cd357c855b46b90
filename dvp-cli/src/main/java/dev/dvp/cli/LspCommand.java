package dev.dvp.cli;

import dev.dvp.model.ManifestException;
import dev.dvp.model.cluster.ClusterFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dvp lsp}: the language server ({@link DvpLanguageServer}) over standard input and output, for editors.
 * Standard output carries the protocol alone; messages for people go to standard error.
 */
@Command(name = "lsp", sortOptions = false,
    description = {"Language server for DVP manifests over stdio (Language Server Protocol): the findings of"
        + " dvp check as diagnostics while you type.",
        "Exit 0 after the client's shutdown and exit; 1 when it exits without shutdown; 2 for a usage error."})
final class LspCommand implements Callable<Integer> {
  @Option(names = "--cluster", paramLabel = "<file or directory>",
      description = "The cluster's facts and objects, as for dvp check --cluster.")
  Path cluster;

  @Option(names = "--stdio", description = "Talk over standard input and output (the default; accepted because"
      + " editors' LSP clients pass it).")
  boolean stdio;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<ClusterFacts> facts = Optional.empty();
    if (cluster != null) {
      try {
        facts = Optional.of(ClusterFacts.read(cluster));
      } catch (ManifestException | IOException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("dvp lsp: cannot read --cluster " + cluster + ": " + e.getMessage());
        return 2;
      }
    }
    // The server's types (and LSP4J's) are named only here, in a method body: picocli's reflection over this
    // class at start-up of every other subcommand then loads none of them.
    return DvpLanguageServer.serve(facts, System.in, System.out);
  }
}
