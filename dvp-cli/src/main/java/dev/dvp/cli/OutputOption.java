package dev.dvp.cli;

import picocli.CommandLine.Option;

/** The {@code -o/--output text|json} option every {@code dvp} subcommand shares (a picocli mixin). */
final class OutputOption {
  @Option(names = {"-o", "--output"}, defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Whether JSON for machines was asked for. */
  boolean isJson() {
    return format == OutputFormat.JSON;
  }
}
