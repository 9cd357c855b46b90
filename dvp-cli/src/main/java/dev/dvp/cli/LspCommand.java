package dev.dvp.cli;

import dev.dvp.model.ManifestException;
import dev.dvp.model.cluster.ClusterFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
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
    return serve(new DvpLanguageServer(facts), System.in, System.out);
  }

  static int serve(DvpLanguageServer server, InputStream in, OutputStream out) throws Exception {
    // Anything a library prints to System.out would corrupt the protocol: it goes to stderr instead.
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in,
          out == stdout ? stdout : out);
      server.connect(launcher.getRemoteProxy());
      Future<Void> listening = launcher.startListening();
      Thread watcher = new Thread(() -> {
        try {
          listening.get();
        } catch (Exception e) {
          // The stream ended or broke: either way the client is gone.
        }
        server.connectionClosed();
      }, "dvp-lsp-connection");
      watcher.setDaemon(true);
      watcher.start();
      return server.awaitExit();
    } finally {
      System.setOut(stdout);
    }
  }
}
