package dev.dvp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dvp} command: the SDK's rules over manifest files, for people and CI pipelines.
 *
 * <p>Exit codes are shared by every subcommand: 0 when all is well, 1 when the input breaks a rule (or, for
 * {@code sizing}, does not fit), 2 for unreadable input or a usage error.
 */
@Command(
    name = "dvp",
    mixinStandardHelpOptions = true,
    // -h/--help and -V/--version on every subcommand too, as kubectl has -h on each.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = DvpVersion.class,
    description = "Deckhouse Virtualization Platform rules, offline: validate manifests and predict what DVP does.")
public final class Dvp implements Runnable {
  /** The subcommands, by name, in the order help lists them. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS;

  static {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("check", CheckCommand::new);
    m.put("convert", ConvertCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("sizing", SizingCommand::new);
    m.put("ops", OpsCommand::new);
    m.put("place", PlaceCommand::new);
    m.put("drain", DrainCommand::new);
    m.put("ipam", IpamCommand::new);
    m.put("migrate", MigrateCommand::new);
    m.put("lsp", LspCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    SUBCOMMANDS = java.util.Collections.unmodifiableMap(m);
  }

  // Hibernate Validator announces its version on first use; a command line tool prints only its results. The
  // field keeps the logger (and so its level) from being garbage-collected.
  private static final java.util.logging.Logger QUIET_VALIDATOR =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    QUIET_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine(args.length > 0 ? args[0] : "").execute(args);
  }

  /**
   * Returns the configured command line, with every subcommand registered.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * Returns a command line for a run whose first argument is known: when it names a subcommand, only that one is
   * registered, since picocli reflects over every registered command before it parses (about a tenth of a second
   * of {@code dvp check}'s start-up for the nine others); otherwise all of them are.
   */
  static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Dvp());
    java.util.function.Supplier<Object> only = first.equals("help") ? null : SUBCOMMANDS.get(first);
    if (only != null) {
      cli.addSubcommand(first, only.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli.setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
