package dev.dvp.cli;

import dev.dvp.model.Location;
import dev.dvp.model.cluster.ClusterFacts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code dvp lsp}: a Language Server Protocol server that shows, in an editor, what {@code dvp check} says about
 * the workspace's manifests, at the range of the offending key or value, with the rule's code.
 *
 * <p>At {@code initialize} it reads every manifest below the workspace folders; open documents replace their saved
 * text as the user types (full sync). Diagnostics are computed on one worker thread, {@value #DEBOUNCE_MS} ms after
 * the last change (debounced, so typing does not queue work), and published for every file whose findings changed;
 * a file that became clean gets an empty list. Nothing the user types can make the server throw: an unreadable
 * text is a diagnostic, and any unexpected failure is logged to the client once per run of the checks.
 */
final class DvpLanguageServer implements LanguageServer, LanguageClientAware {
  /** Milliseconds between the last change and the checks. */
  static final long DEBOUNCE_MS = 150;
  /** The diagnostics' {@code source}. */
  static final String SOURCE = "dvp";
  private static final Pattern MAYBE_FIELD = Pattern.compile("\\. Maybe \"([^\"]+)\"\\?$");

  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dvp-lsp-checks");
    t.setDaemon(true);
    return t;
  });
  private final ManifestWorkspace workspace;
  private final CountDownLatch exited = new CountDownLatch(1);
  // Only touched on the worker thread.
  private final Map<String, String> uriOf = new HashMap<>();
  private final Map<String, List<Diagnostic>> published = new HashMap<>();
  private ScheduledFuture<?> pending;
  private volatile LanguageClient client;
  private volatile boolean shutdown;

  DvpLanguageServer(Optional<ClusterFacts> facts) {
    this.workspace = new ManifestWorkspace(facts);
  }

  /**
   * Serves one client over a pair of streams until it exits or goes away.
   *
   * @param facts the cluster's facts from the command line, if any
   * @param in what the client sends
   * @param out where the server answers
   * @return the LSP exit code: 0 after {@code shutdown} and {@code exit}, 1 otherwise
   * @throws Exception if waiting is interrupted
   */
  static int serve(Optional<ClusterFacts> facts, java.io.InputStream in, java.io.OutputStream out) throws Exception {
    DvpLanguageServer server = new DvpLanguageServer(facts);
    // Anything a library prints to System.out would corrupt the protocol: it goes to stderr instead.
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      org.eclipse.lsp4j.jsonrpc.Launcher<LanguageClient> launcher =
          org.eclipse.lsp4j.launch.LSPLauncher.createServerLauncher(server, in, out);
      server.connect(launcher.getRemoteProxy());
      java.util.concurrent.Future<Void> listening = launcher.startListening();
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

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        pathOf(f.getUri()).ifPresent(roots::add);
      }
    }
    @SuppressWarnings("deprecation")
    String rootUri = params.getRootUri();
    if (roots.isEmpty() && rootUri != null) {
      pathOf(rootUri).ifPresent(roots::add);
    }
    Optional<String> clusterSetting = initializationOption(params.getInitializationOptions(), "cluster");
    worker.execute(() -> {
      if (workspace.facts().isEmpty()) {
        clusterPath(clusterSetting, roots).ifPresent(this::readFacts);
      }
      for (Path root : roots) {
        try {
          workspace.scan(root);
        } catch (IOException | RuntimeException e) {
          log(MessageType.Warning, "dvp lsp: cannot read the workspace " + root + ": " + e.getMessage());
        }
      }
    });
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(sync);
    capabilities.setCodeActionProvider(true);
    capabilities.setHoverProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(" ")));
    InitializeResult result = new InitializeResult(capabilities);
    result.setServerInfo(new ServerInfo("dvp", DvpVersion.implementationVersion().orElse("development build")));
    return CompletableFuture.completedFuture(result);
  }

  /**
   * Where the cluster's facts are, when the command line gave none: the client's {@code initializationOptions}
   * ({@code {"cluster": "path"}}), else {@code cluster: path} in a workspace folder's {@value #CONFIG} (relative
   * paths from that folder).
   */
  static Optional<Path> clusterPath(Optional<String> setting, List<Path> roots) {
    if (setting.isPresent()) {
      Path p = Path.of(setting.get());
      return Optional.of(p.isAbsolute() || roots.isEmpty() ? p : roots.get(0).resolve(p));
    }
    for (Path root : roots) {
      Path config = root.resolve(CONFIG);
      if (!java.nio.file.Files.isRegularFile(config)) {
        continue;
      }
      try {
        com.fasterxml.jackson.databind.JsonNode tree =
            new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(config.toFile());
        if (tree != null && tree.path("cluster").isTextual()) {
          return Optional.of(root.resolve(tree.get("cluster").asText()));
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The workspace file that points at the cluster's facts. */
  static final String CONFIG = ".dvp.yaml";

  private void readFacts(Path cluster) {
    try {
      workspace.facts(ClusterFacts.read(cluster));
    } catch (IOException | dev.dvp.model.ManifestException | IllegalArgumentException e) {
      log(MessageType.Warning, "dvp lsp: cannot read the cluster's facts from " + cluster + ": " + e.getMessage());
    }
  }

  private static Optional<String> initializationOption(Object options, String key) {
    if (options instanceof com.google.gson.JsonObject json && json.has(key) && json.get(key).isJsonPrimitive()) {
      return Optional.of(json.get(key).getAsString());
    }
    return Optional.empty();
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    worker.shutdownNow();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    worker.shutdownNow();
    exited.countDown();
  }

  /** Waits for the client's {@code exit}; the LSP exit code is 0 after a {@code shutdown}, 1 otherwise. */
  int awaitExit() throws InterruptedException {
    exited.await();
    return shutdown ? 0 : 1;
  }

  /** Ends the wait of {@link #awaitExit()} when the client went away without {@code exit}. */
  void connectionClosed() {
    exited.countDown();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return new TextDocumentService() {
      @Override
      public void didOpen(DidOpenTextDocumentParams params) {
        change(params.getTextDocument().getUri(), params.getTextDocument().getText());
      }

      @Override
      public void didChange(DidChangeTextDocumentParams params) {
        if (!params.getContentChanges().isEmpty()) {
          // Full sync: the last change holds the whole text.
          change(params.getTextDocument().getUri(),
              params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
        }
      }

      @Override
      public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return onWorker(params.getTextDocument().getUri(),
            name -> Either.forLeft(completionsAt(name, params.getPosition())), Either.forLeft(List.of()));
      }

      @Override
      public CompletableFuture<Hover> hover(HoverParams params) {
        return onWorker(params.getTextDocument().getUri(),
            name -> hoverAt(name, params.getPosition()).orElse(null), null);
      }

      @Override
      public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        List<Either<Command, CodeAction>> certain = quickFixes(uri, params.getContext().getDiagnostics());
        return onWorker(uri, name -> {
          List<Either<Command, CodeAction>> out = new ArrayList<>(certain);
          workspace.text(name).flatMap(text -> canonicalQuantity(uri, text, params.getRange().getStart()))
              .ifPresent(a -> out.add(Either.forRight(a)));
          for (Diagnostic d : params.getContext().getDiagnostics()) {
            if (d.getCode() != null && d.getCode().isLeft()
                && d.getCode().getLeft().equals(dev.dvp.sizing.SizingCodes.ADVICE)) {
              sizingFixes(uri, name, d).forEach(a -> out.add(Either.forRight(a)));
            }
          }
          return out;
        }, certain);
      }

      @Override
      public void didClose(DidCloseTextDocumentParams params) {
        // The saved text stays part of the workspace; nothing to recompute.
      }

      @Override
      public void didSave(DidSaveTextDocumentParams params) {
        if (params.getText() != null) {
          change(params.getTextDocument().getUri(), params.getText());
        } else {
          submit(() -> { });
        }
      }
    };
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // No settings yet: the cluster facts come from the command line (--cluster).
      }

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // Open documents are followed through didChange; saved files are read at initialize.
      }
    };
  }

  /**
   * Answers a request about a file on the checks' thread, which owns the workspace; with {@code otherwise} when
   * the file is not a local one, the server is shutting down, or the work fails on a half-typed text. Every request
   * gets an answer.
   */
  private <T> CompletableFuture<T> onWorker(String uri, java.util.function.Function<String, T> work, T otherwise) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    Optional<Path> path = pathOf(uri);
    if (path.isEmpty()) {
      answer.complete(otherwise);
      return answer;
    }
    try {
      worker.execute(() -> {
        try {
          answer.complete(work.apply(path.get().toString()));
        } catch (RuntimeException e) {
          answer.complete(otherwise);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      answer.complete(otherwise);
    }
    return answer;
  }

  private void change(String uri, String text) {
    Optional<Path> path = pathOf(uri);
    if (path.isEmpty()) {
      return;
    }
    String name = path.get().toString();
    submit(() -> {
      uriOf.put(name, uri);
      workspace.put(name, text);
    });
  }

  /** Applies an update on the worker, then runs the checks once the changes stop for a moment. */
  private void submit(Runnable update) {
    if (worker.isShutdown()) {
      return;
    }
    try {
      worker.execute(() -> work(update));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Shut down between the test and the call: nothing is checked any more.
    }
  }

  private void work(Runnable update) {
    update.run();
    if (pending != null) {
      pending.cancel(false);
    }
    pending = worker.schedule(this::publish, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
  }

  private void publish() {
    LanguageClient c = client;
    if (c == null) {
      return;
    }
    Map<String, List<CheckReport.Located>> found;
    try {
      found = workspace.judge();
    } catch (RuntimeException e) {
      log(MessageType.Error, "dvp lsp: the checks failed: " + e);
      return;
    }
    Map<String, List<Diagnostic>> now = new HashMap<>();
    found.forEach((name, findings) -> {
      if (findings.isEmpty()) {
        return;
      }
      TextLines lines = TextLines.of(workspace.text(name).orElse(""));
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (CheckReport.Located l : findings) {
        diagnostics.add(diagnostic(l, lines));
      }
      now.put(name, diagnostics);
    });
    // Only what changed goes to the client: an edit in one file of a large workspace sends one file's list (or a
    // few, when references between files changed), not every file's again.
    for (Map.Entry<String, List<Diagnostic>> e : now.entrySet()) {
      if (!e.getValue().equals(published.get(e.getKey()))) {
        c.publishDiagnostics(new PublishDiagnosticsParams(uriFor(e.getKey()), e.getValue()));
      }
    }
    for (String name : published.keySet()) {
      if (!now.containsKey(name)) {
        c.publishDiagnostics(new PublishDiagnosticsParams(uriFor(name), List.of()));
      }
    }
    published.clear();
    published.putAll(now);
  }

  private String uriFor(String name) {
    return uriOf.getOrDefault(name, Path.of(name).toUri().toString());
  }

  /** Field names, enum values and the workspace's object names that fit at a position. */
  private List<CompletionItem> completionsAt(String name, Position position) {
    String text = workspace.text(name).orElse("");
    List<CompletionItem> out = new ArrayList<>();
    for (ManifestCompletion.Suggestion s : ManifestCompletion.at(text, position.getLine(), position.getCharacter(),
        this::namesFor)) {
      CompletionItem item = new CompletionItem(s.label());
      item.setKind(s.field() ? CompletionItemKind.Property : CompletionItemKind.Value);
      item.setDetail(s.detail());
      if (s.field()) {
        item.setInsertText(s.label() + ": ");
      }
      out.add(item);
    }
    return out;
  }

  /** A reference to a disk may name a disk or an image; other references name one kind. */
  private List<String> namesFor(String kind) {
    if (!kind.equals("VirtualDisk")) {
      return workspace.names(kind);
    }
    List<String> out = new ArrayList<>(workspace.names("VirtualDisk"));
    out.addAll(workspace.names("VirtualImage"));
    out.addAll(workspace.names("ClusterVirtualImage"));
    return out;
  }

  /** What a value means to DVP, for the hover: a Quantity's exact value, a VM's CPU topology and requests. */
  private Optional<Hover> hoverAt(String name, Position position) {
    Optional<String> text = workspace.text(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<CursorPath.Hit> hit = CursorPath.at(text.get(), position.getLine(), position.getCharacter());
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    hit.get().scalar().flatMap(DvpLanguageServer::quantity).ifPresent(lines::add);
    hit.get().scalar().flatMap(DvpLanguageServer::ipAddress).ifPresent(lines::add);
    String path = hit.get().path();
    if (path.equals("spec.cpu") || path.startsWith("spec.cpu.")) {
      workspace.resource(name, position.getLine())
          .filter(dev.dvp.model.VirtualMachine.class::isInstance).map(dev.dvp.model.VirtualMachine.class::cast)
          .ifPresent(vm -> lines.addAll(cpu(vm)));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n", lines))));
  }

  /** A scalar that reads as a Kubernetes quantity with a unit: its exact value and canonical form. */
  static Optional<String> quantity(String scalar) {
    if (scalar.isEmpty() || !Character.isDigit(scalar.charAt(0)) && scalar.charAt(0) != '.'
        || scalar.chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    try {
      dev.dvp.model.Quantity q = dev.dvp.model.Quantity.parse(scalar);
      return Optional.of("**Quantity** `" + scalar + "` = " + q.bigDecimalValue().toPlainString()
          + "; canonical form `" + q.canonical() + "`");
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** An IPv4 address: the VirtualMachineIPAddressLease DVP names for it. */
  static Optional<String> ipAddress(String scalar) {
    if (!scalar.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    return dev.dvp.ipam.Ipv4Address.parse(scalar)
        .map(a -> "**IP address** leased as VirtualMachineIPAddressLease `" + a.leaseName() + "`");
  }

  /** The CPU topology DVP gives the VM and the requests its launcher pod makes (with its class, when found). */
  private List<String> cpu(dev.dvp.model.VirtualMachine vm) {
    Optional<dev.dvp.model.VirtualMachineClass> vmClass =
        vm.spec().virtualMachineClassName().flatMap(workspace::virtualMachineClass);
    dev.dvp.sizing.ResourceRequests r = dev.dvp.sizing.ResourceRequests.of(vm, vmClass);
    List<String> out = new ArrayList<>(cpuLines(r, vmClass));
    vmClass.ifPresent(c -> out.add(sizingPolicy(c, vm.spec().cpu().cores())));
    return out;
  }

  /** Which sizing policy of the class covers the VM's core count, as DVP's validator picks it. */
  static String sizingPolicy(dev.dvp.model.VirtualMachineClass c, int cores) {
    if (c.spec().sizingPolicies().isEmpty()) {
      return "**Sizing policy** class " + c.name() + " has none";
    }
    java.util.OptionalInt i = dev.dvp.sizing.Sizing.matchingPolicy(c, cores);
    if (i.isEmpty()) {
      return "**Sizing policy** none of class " + c.name() + " covers " + cores + " cores: DVP rejects the VM";
    }
    dev.dvp.model.CoresRange range = c.spec().sizingPolicies().get(i.getAsInt()).cores();
    return "**Sizing policy** spec.sizingPolicies[" + i.getAsInt() + "] of class " + c.name() + " (cores "
        + range.min() + "-" + range.max() + ")";
  }

  private static List<String> cpuLines(dev.dvp.sizing.ResourceRequests r,
      Optional<dev.dvp.model.VirtualMachineClass> vmClass) {
    return List.of("**CPU topology** " + r.topology().sockets() + " socket(s) × " + r.topology().coresPerSocket()
        + " core(s) per socket",
        "**Requests** cpu `" + r.cpuRequest().canonical() + "` (" + r.cores() + " cores × " + r.coreFraction()
            + "), memory `" + r.memoryRequest().canonical() + "`, QoS " + r.qosClass()
            + vmClass.map(c -> "; class " + c.name()).orElse("; class not found, coreFraction as written"));
  }

  /**
   * The fixes that are certain: an unknown field whose hint names the field meant ({@code Maybe "coreFraction"?})
   * is renamed to it.
   */
  static List<Either<Command, CodeAction>> quickFixes(String uri, List<Diagnostic> diagnostics) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.getCode() == null || !d.getCode().isLeft()
          || !d.getCode().getLeft().equals(dev.dvp.model.UnknownFields.CODE)) {
        continue;
      }
      Matcher m = MAYBE_FIELD.matcher(d.getMessage());
      if (!m.find()) {
        continue;
      }
      String field = m.group(1);
      CodeAction fix = new CodeAction("Rename to \"" + field + "\"");
      fix.setKind(CodeActionKind.QuickFix);
      fix.setDiagnostics(List.of(d));
      fix.setIsPreferred(true);
      fix.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(d.getRange(), field)))));
      out.add(Either.forRight(fix));
    }
    return out;
  }

  /**
   * The configurations DVP would accept that the sizing advice names, as edits of the VM's {@code cores},
   * {@code coreFraction} and {@code memory.size} where the manifest writes them.
   */
  private List<CodeAction> sizingFixes(String uri, String name, Diagnostic advice) {
    TextLines lines = TextLines.of(workspace.text(name).orElse(""));
    int line = advice.getRange().getStart().getLine();
    Optional<dev.dvp.model.VirtualMachine> vm = workspace.resource(name, line)
        .filter(dev.dvp.model.VirtualMachine.class::isInstance).map(dev.dvp.model.VirtualMachine.class::cast);
    Optional<dev.dvp.model.VirtualMachineClass> vmClass =
        vm.flatMap(v -> v.spec().virtualMachineClassName()).flatMap(workspace::virtualMachineClass);
    if (vm.isEmpty() || vmClass.isEmpty()) {
      return List.of();
    }
    List<CodeAction> out = new ArrayList<>();
    for (dev.dvp.sizing.Suggestion suggestion : dev.dvp.sizing.Sizing.check(vm.get(), vmClass.get()).suggestions()) {
      List<TextEdit> edits = new ArrayList<>();
      boolean complete = true;
      for (String changed : suggestion.changed()) {
        String value = changed.endsWith("cores") ? String.valueOf(suggestion.cores())
            : changed.endsWith("coreFraction") ? suggestion.coreFraction().orElse("")
            : changed.endsWith("size") ? suggestion.memory().toString() : null;
        Optional<Location> at = value == null ? Optional.empty() : workspace.locate(name, line, changed);
        if (at.isEmpty() || value.isEmpty()) {
          complete = false;
          break;
        }
        edits.add(new TextEdit(range(at.get(), lines), value));
      }
      if (!complete || edits.isEmpty()) {
        continue;
      }
      CodeAction fix = new CodeAction("Use " + suggestion.summary());
      fix.setKind(CodeActionKind.QuickFix);
      fix.setDiagnostics(List.of(advice));
      fix.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
      out.add(fix);
    }
    return out;
  }

  /** Rewrites a quantity under the cursor in Kubernetes' canonical form ({@code 1024Mi} as {@code 1Gi}). */
  static Optional<CodeAction> canonicalQuantity(String uri, String text, Position at) {
    Optional<CursorPath.Hit> hit = CursorPath.at(text, at.getLine(), at.getCharacter());
    Optional<String> scalar = hit.flatMap(CursorPath.Hit::scalar);
    if (scalar.isEmpty() || quantity(scalar.get()).isEmpty()) {
      return Optional.empty();
    }
    String canonical = dev.dvp.model.Quantity.parse(scalar.get()).canonical();
    String line = TextLines.of(text).line(at.getLine());
    int start = line.lastIndexOf(scalar.get(), Math.max(0, at.getCharacter()));
    if (canonical.equals(scalar.get()) || start < 0) {
      return Optional.empty();
    }
    Range range = new Range(new Position(at.getLine(), start), new Position(at.getLine(), start
        + scalar.get().length()));
    CodeAction rewrite = new CodeAction("Write " + scalar.get() + " as " + canonical);
    rewrite.setKind(CodeActionKind.RefactorRewrite);
    rewrite.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(range, canonical)))));
    return Optional.of(rewrite);
  }

  /** A finding as an LSP diagnostic: the range of the key or value the finding's position starts. */
  static Diagnostic diagnostic(CheckReport.Located l, TextLines text) {
    Range range = range(l.at(), text);
    if (l.violation().code().equals(dev.dvp.model.UnknownFields.CODE)) {
      // The position is the unknown field's value; the key is what to fix.
      range = keyRange(l.at(), text, lastStep(l.violation().path())).orElse(range);
    }
    String subject = l.subject() == null ? "" : CheckReport.describe(l.subject()) + ": ";
    Diagnostic d = new Diagnostic(range, subject + l.violation(),
        l.violation().isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE,
        l.violation().code());
    return d;
  }

  /**
   * The range of the token at a 1-based position: to the end of a key (before its {@code :}), of a scalar, or of
   * the line, whichever comes first. Positions the source does not have collapse to the start of the document.
   */
  static Range range(Location at, TextLines text) {
    if (at.line() <= 0) {
      return new Range(new Position(0, 0), new Position(0, 0));
    }
    int line = at.line() - 1;
    int start = Math.max(0, at.column() - 1);
    String lineText = text.line(line);
    int end = start;
    while (end < lineText.length()) {
      char c = lineText.charAt(end);
      if (c == ':' && (end + 1 == lineText.length() || lineText.charAt(end + 1) == ' ')) {
        break;
      }
      if (c == '#' && end > start && lineText.charAt(end - 1) == ' ') {
        break;
      }
      end++;
    }
    while (end > start && Character.isWhitespace(lineText.charAt(end - 1))) {
      end--;
    }
    return new Range(new Position(line, start), new Position(line, Math.max(end, start)));
  }

  /** The range of {@code key:} on the line of a value, left of the value (or the line above, for a block). */
  static Optional<Range> keyRange(Location at, TextLines text, String key) {
    for (int line = at.line() - 1; line >= Math.max(0, at.line() - 2); line--) {
      String lineText = text.line(line);
      int limit = line == at.line() - 1 ? Math.min(lineText.length(), Math.max(0, at.column() - 1)) : lineText.length();
      int found = lineText.lastIndexOf(key + ":", limit);
      if (found >= 0 && found < limit + 1) {
        return Optional.of(new Range(new Position(line, found), new Position(line, found + key.length())));
      }
    }
    return Optional.empty();
  }

  private static String lastStep(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      return open < 0 ? path : path.substring(open + 1, path.length() - 1);
    }
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static Optional<Path> pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void log(MessageType type, String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(type, message));
    }
  }
}
