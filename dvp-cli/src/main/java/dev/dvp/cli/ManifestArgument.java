package dev.dvp.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one manifest a command reads, given as an argument or with {@code -f}, as {@code kubectl} takes it; {@code -}
 * reads standard input. A picocli mixin.
 */
final class ManifestArgument {
  @Parameters(index = "0", arity = "0..1", paramLabel = "<vm.yaml>",
      description = "Manifest with the VirtualMachine; - reads standard input.")
  Path positional;

  @Option(names = {"-f", "--filename"}, paramLabel = "<vm.yaml>", description = "Same as the argument.")
  Path option;

  /**
   * Returns the file given.
   *
   * @param spec the command, for the usage error
   * @return the file, or {@code -}
   * @throws CommandLine.ParameterException when none or both are given (exit 2, with the usage)
   */
  Path file(CommandLine.Model.CommandSpec spec) {
    if (positional != null && option != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "error: give the manifest once, as an argument or with -f, not both");
    }
    if (positional == null && option == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "error: must specify a manifest, as an argument or with -f (- reads standard input)");
    }
    return positional != null ? positional : option;
  }
}
