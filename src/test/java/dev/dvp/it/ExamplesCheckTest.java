package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.cli.Dvp;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's first command, end to end: every example of the documentation checks clean. */
class ExamplesCheckTest {
  static final Path EXAMPLES = Path.of("..", "..", "examples");

  @Test
  void everyExampleIsValid() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Dvp.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("check", EXAMPLES.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).doesNotContain(": error: ");
    assertThat(code).as(out.toString()).isZero();
  }

  @Test
  void theQuickStartReadsAsOneSet() throws Exception {
    List<Resource> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("quickstart"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        all.addAll(Manifests.standard().read(file));
      }
    }
    ResourceSet set = ResourceSet.of(all);
    VirtualMachine vm = set.find(VirtualMachine.class, "default", "linux-vm").orElseThrow();
    assertThat(StructuralValidator.standard().validate(vm)).isEmpty();
    assertThat(vm.spec().blockDeviceRefs()).extracting(r -> r.name()).containsExactly("linux-disk");
  }
}
