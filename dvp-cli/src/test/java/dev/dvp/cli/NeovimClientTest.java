package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dvp lsp} with a real editor: headless Neovim's built-in LSP client opens a manifest with a typo and reads
 * the diagnostics back. Runs where {@code nvim} is installed ({@code apt-get install neovim}); elsewhere the class
 * is skipped with one line saying so. The {@code @Timeout} guards against a hang, it measures nothing.
 */
class NeovimClientTest {
  @TempDir Path workspace;

  @BeforeAll
  static void needsNeovim() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= Files.isExecutable(Path.of(dir, "nvim"));
    }
    Assumptions.assumeTrue(found, "NeovimClientTest skipped: nvim is not installed (apt-get install neovim)");
  }

  @Test
  @Timeout(120)
  void neovimShowsTheTypo() throws Exception {
    Files.writeString(workspace.resolve("class.yaml"), CheckConventionsTest.CLASS);
    Files.writeString(workspace.resolve("disk.yaml"), CheckConventionsTest.DISK);
    Path vm = workspace.resolve("vm.yaml");
    Files.writeString(vm, CheckCommandTest.VM.replace("    cores: 1\n", "    cores: 1\n    corefraction: 10%\n"));
    Path script = workspace.resolve("diagnostics.lua");
    try (var in = NeovimClientTest.class.getResourceAsStream("/nvim/diagnostics.lua")) {
      Files.write(script, in.readAllBytes());
    }
    Path out = workspace.resolve("diagnostics.txt");
    String lsp = String.join("\t", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Dvp.class.getName(), "lsp");
    ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c",
        "luafile " + script).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    nvim.environment().put("DVP_LSP_CMD", lsp);
    nvim.environment().put("DVP_FILE", vm.toString());
    nvim.environment().put("DVP_ROOT", workspace.toString());
    nvim.environment().put("DVP_OUT", out.toString());
    Process p = nvim.start();
    assertThat(p.waitFor(100, TimeUnit.SECONDS)).as("nvim finished").isTrue();
    List<String> diagnostics = Files.readAllLines(out);
    // Neovim's lines and columns are 0-based; severity 1 is Error.
    assertThat(diagnostics).contains("8:4 1 VirtualMachine linux-vm: spec.cpu.corefraction: unknown field"
        + " \"spec.cpu.corefraction\". Maybe \"coreFraction\"?");
  }
}
