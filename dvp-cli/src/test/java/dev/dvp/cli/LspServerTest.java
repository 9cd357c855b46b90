package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dvp lsp} as an editor meets it: started as a process, spoken to over its stdio with LSP4J's client side.
 * The {@code @Timeout} guards against a hang, it measures nothing.
 */
class LspServerTest {
  @TempDir Path workspace;

  /** The client side: records what the server publishes. */
  static final class Client implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<PublishDiagnosticsParams> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
      all.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
      logs.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
      logs.add(params);
    }

    PublishDiagnosticsParams await(String uri, Predicate<List<Diagnostic>> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < deadline) {
        PublishDiagnosticsParams p = diagnostics.poll(200, TimeUnit.MILLISECONDS);
        if (p != null && p.getUri().equals(uri) && wanted.test(p.getDiagnostics())) {
          return p;
        }
      }
      throw new AssertionError("no diagnostics as wanted for " + uri + "; logs: " + logs);
    }
  }

  @Test
  @Timeout(60)
  void diagnosticsFollowTheEditsAndReferencesResolveAcrossFiles() throws Exception {
    Files.writeString(workspace.resolve("class.yaml"), CheckConventionsTest.CLASS);
    Files.writeString(workspace.resolve("disk.yaml"), CheckConventionsTest.DISK);
    String typo = CheckCommandTest.VM.replace("    cores: 1\n", "    cores: 1\n    corefraction: 10%\n");
    Path vm = workspace.resolve("vm.yaml");
    Files.writeString(vm, CheckCommandTest.VM);
    String uri = vm.toUri().toString();

    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Dvp.class.getName(), "lsp", "--stdio")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Client client = new Client();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
        process.getOutputStream());
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    try {
      InitializeParams init = new InitializeParams();
      init.setCapabilities(new ClientCapabilities());
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      InitializeResult result = server.initialize(init).get(20, TimeUnit.SECONDS);
      assertThat(result.getServerInfo().getName()).isEqualTo("dvp");
      server.initialized(new InitializedParams());

      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
          new TextDocumentItem(uri, "yaml", 1, typo)));
      PublishDiagnosticsParams found = client.await(uri, d -> !d.isEmpty());
      Diagnostic unknown = found.getDiagnostics().stream()
          .filter(d -> d.getCode().getLeft().equals("unknownField")).findFirst().orElseThrow();
      assertThat(unknown.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(unknown.getSource()).isEqualTo("dvp");
      assertThat(unknown.getMessage()).isEqualTo("VirtualMachine linux-vm: spec.cpu.corefraction: unknown field"
          + " \"spec.cpu.corefraction\". Maybe \"coreFraction\"?");
      // Line 9, column 5 in the editor's 1-based terms: the key, up to its colon.
      assertThat(unknown.getRange().getStart().getLine()).isEqualTo(8);
      assertThat(unknown.getRange().getStart().getCharacter()).isEqualTo(4);
      assertThat(unknown.getRange().getEnd().getCharacter()).isEqualTo(4 + "corefraction".length());
      Hover cores = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
          new Position(7, 12))).get(20, TimeUnit.SECONDS);
      assertThat(cores.getContents().getRight().getValue()).contains("**CPU topology** 1 socket(s) × 1 core(s)")
          .contains("**Requests** cpu `").contains("class generic");
      Hover size = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
          new Position(10, 11))).get(20, TimeUnit.SECONDS);
      assertThat(size.getContents().getRight().getValue())
          .isEqualTo("**Quantity** `1Gi` = 1073741824; canonical form `1Gi`");
      assertThat(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
          new Position(0, 2))).get(20, TimeUnit.SECONDS)).isNull();
      Either<List<CompletionItem>, CompletionList> offered = server.getTextDocumentService().completion(
          new CompletionParams(new TextDocumentIdentifier(uri), new Position(5, 27))).get(20, TimeUnit.SECONDS);
      assertThat(offered.getLeft()).extracting(CompletionItem::getLabel).containsExactly("generic");
      CodeActionParams ask = new CodeActionParams(new TextDocumentIdentifier(uri), unknown.getRange(),
          new CodeActionContext(List.of(unknown)));
      List<Either<Command, CodeAction>> fixes = server.getTextDocumentService().codeAction(ask)
          .get(20, TimeUnit.SECONDS);
      assertThat(fixes).hasSize(1);
      CodeAction fix = fixes.get(0).getRight();
      assertThat(fix.getTitle()).isEqualTo("Rename to \"coreFraction\"");
      TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
      assertThat(edit.getNewText()).isEqualTo("coreFraction");
      assertThat(edit.getRange()).isEqualTo(unknown.getRange());
      // The class and the disk are in other files of the workspace: no "not among the given manifests".
      assertThat(found.getDiagnostics()).noneMatch(d -> d.getMessage().contains("not among the given manifests"));

      VersionedTextDocumentIdentifier v2 = new VersionedTextDocumentIdentifier(uri, 2);
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(v2,
          List.of(new TextDocumentContentChangeEvent(CheckCommandTest.VM.replace("cores: 1", "cores: 0")))));
      PublishDiagnosticsParams changed = client.await(uri,
          d -> d.stream().noneMatch(x -> x.getCode().getLeft().equals("unknownField")) && !d.isEmpty());
      assertThat(changed.getDiagnostics()).anyMatch(d -> d.getMessage().contains("spec.cpu.cores: Invalid value: 0")
          && d.getRange().getStart().getLine() == 7 && d.getRange().getStart().getCharacter() == 11);

      VersionedTextDocumentIdentifier v3 = new VersionedTextDocumentIdentifier(uri, 3);
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(v3,
          List.of(new TextDocumentContentChangeEvent("apiVersion: v1\nkind: [\n"))));
      PublishDiagnosticsParams broken = client.await(uri, d -> d.stream()
          .anyMatch(x -> x.getCode().getLeft().equals("unreadable")));
      assertThat(broken.getDiagnostics()).hasSize(1);

      VersionedTextDocumentIdentifier v4 = new VersionedTextDocumentIdentifier(uri, 4);
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(v4,
          List.of(new TextDocumentContentChangeEvent(CheckCommandTest.VM))));
      // Clean again: only the warning that the CIDRs are unknown without --cluster is left.
      PublishDiagnosticsParams clean = client.await(uri,
          d -> d.stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
      assertThat(clean.getDiagnostics()).extracting(Diagnostic::getMessage)
          .allMatch(m -> m.contains("Maybe pass --cluster"));

      // The disk's own finding (its storage class cannot be checked without --cluster) was sent once: edits of
      // another file do not send it again.
      String disk = workspace.resolve("disk.yaml").toUri().toString();
      assertThat(client.all.stream().filter(p -> p.getUri().equals(disk)).count()).isEqualTo(1);

      server.shutdown().get(20, TimeUnit.SECONDS);
      server.exit();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aQuantityIsRewrittenInItsCanonicalForm() {
    String text = "spec:\n  memory:\n    size: 1024Mi\n  cpu:\n    cores: 1\n";
    CodeAction a = DvpLanguageServer.canonicalQuantity("file:///vm.yaml", text, new Position(2, 12)).orElseThrow();
    assertThat(a.getTitle()).isEqualTo("Write 1024Mi as 1Gi");
    TextEdit edit = a.getEdit().getChanges().get("file:///vm.yaml").get(0);
    assertThat(edit.getNewText()).isEqualTo("1Gi");
    assertThat(edit.getRange().getStart().getCharacter()).isEqualTo(10);
    assertThat(edit.getRange().getEnd().getCharacter()).isEqualTo(16);
    assertThat(DvpLanguageServer.canonicalQuantity("u", "size: 1Gi\n", new Position(0, 7))).isEmpty();
    assertThat(DvpLanguageServer.canonicalQuantity("u", text, new Position(4, 11))).isEmpty();
  }

  @Test
  void hoverNamesTheSizingPolicyAndTheIpLease() throws Exception {
    dev.dvp.model.VirtualMachineClass c = (dev.dvp.model.VirtualMachineClass) dev.dvp.model.Manifests.standard()
        .read(Path.of("..", "examples", "classes", "virtualmachineclass-sizing-policies.yaml")).get(0);
    assertThat(DvpLanguageServer.sizingPolicy(c, 2))
        .isEqualTo("**Sizing policy** spec.sizingPolicies[0] of class sizing-example (cores 1-4)");
    assertThat(DvpLanguageServer.sizingPolicy(c, 1000)).endsWith("covers 1000 cores: DVP rejects the VM");
    assertThat(DvpLanguageServer.ipAddress("10.66.10.14"))
        .contains("**IP address** leased as VirtualMachineIPAddressLease `ip-10-66-10-14`");
    assertThat(DvpLanguageServer.ipAddress("10.66.10")).isEmpty();
    assertThat(DvpLanguageServer.ipAddress("999.1.1.1")).isEmpty();
  }

  @Test
  void theClusterFactsComeFromTheSettingsOrDotDvpYaml() throws Exception {
    assertThat(DvpLanguageServer.clusterPath(java.util.Optional.empty(), List.of(workspace))).isEmpty();
    Files.writeString(workspace.resolve(".dvp.yaml"), "cluster: cluster/\n");
    assertThat(DvpLanguageServer.clusterPath(java.util.Optional.empty(), List.of(workspace)))
        .contains(workspace.resolve("cluster/"));
    assertThat(DvpLanguageServer.clusterPath(java.util.Optional.of("other"), List.of(workspace)))
        .contains(workspace.resolve("other"));
    assertThat(DvpLanguageServer.clusterPath(java.util.Optional.of("/abs/dir"), List.of(workspace)))
        .contains(Path.of("/abs/dir"));
  }

  @Test
  @Timeout(60)
  void theSizingAdviceBecomesQuickFixes() throws Exception {
    Files.copy(Path.of("..", "examples", "classes", "virtualmachineclass-sizing-policies.yaml"),
        workspace.resolve("class.yaml"));
    String vm = CheckCommandTest.VM.replace("generic", "sizing-example")
        .replace("    cores: 1\n", "    cores: 2\n    coreFraction: 20%\n").replace("size: 1Gi", "size: 9Gi");
    Path file = workspace.resolve("vm.yaml");
    Files.writeString(file, vm);
    String uri = file.toUri().toString();
    DvpLanguageServer server = new DvpLanguageServer(java.util.Optional.empty());
    server.connect(new Client());
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    server.initialize(init).get(20, TimeUnit.SECONDS);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, vm)));
    // The advice sits on spec.memory.size (line 11, 1-based), as dvp check reports it.
    Diagnostic advice = new Diagnostic(new org.eclipse.lsp4j.Range(new Position(10, 10), new Position(10, 13)),
        "valid: memory 8Gi, or 5-8 cores with 9Gi", DiagnosticSeverity.Warning, "dvp", "sdk.sizing.advice");
    List<Either<Command, CodeAction>> fixes = server.getTextDocumentService().codeAction(new CodeActionParams(
        new TextDocumentIdentifier(uri), advice.getRange(), new CodeActionContext(List.of(advice))))
        .get(20, TimeUnit.SECONDS);
    assertThat(fixes).extracting(f -> f.getRight().getTitle()).contains("Use memory 8Gi", "Use 5-8 cores with 9Gi");
    CodeAction memory = fixes.stream().map(Either::getRight).filter(a -> a.getTitle().equals("Use memory 8Gi"))
        .findFirst().orElseThrow();
    TextEdit edit = memory.getEdit().getChanges().get(uri).get(0);
    assertThat(edit.getNewText()).isEqualTo("8Gi");
    assertThat(edit.getRange().getStart()).isEqualTo(new Position(10, 10));
    assertThat(edit.getRange().getEnd()).isEqualTo(new Position(10, 13));
    CodeAction cores = fixes.stream().map(Either::getRight).filter(a -> a.getTitle().equals("Use 5-8 cores with 9Gi"))
        .findFirst().orElseThrow();
    assertThat(cores.getEdit().getChanges().get(uri)).extracting(TextEdit::getNewText).containsExactly("5");
    server.shutdown().get(20, TimeUnit.SECONDS);
  }

  @Test
  void rangesCoverTheKeyOrTheValue() {
    String text = "spec:\n  cpu:\n    corefraction: 10%\n    cores: two # a comment\n";
    assertThat(DvpLanguageServer.range(new dev.dvp.model.Location("f", 3, 5), TextLines.of(text)))
        .hasToString(new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(2, 4),
            new org.eclipse.lsp4j.Position(2, 16)).toString());
    assertThat(DvpLanguageServer.range(new dev.dvp.model.Location("f", 4, 12), TextLines.of(text)).getEnd().getCharacter())
        .isEqualTo(14);
    assertThat(DvpLanguageServer.range(new dev.dvp.model.Location("f", 0, 0), TextLines.of(text)).getStart().getLine())
        .isZero();
  }

}
