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
    description = "Deckhouse Virtualization Platform rules, offline: validate manifests and predict what DVP does.",
    subcommands = {
        CheckCommand.class,
        ConvertCommand.class,
        DiffCommand.class,
        SizingCommand.class,
        OpsCommand.class,
        PlaceCommand.class,
        DrainCommand.class,
        IpamCommand.class,
        MigrateCommand.class,
        LspCommand.class,
        CommandLine.HelpCommand.class})
public final class Dvp implements Runnable {
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
    return commandLine().execute(args);
  }

  /**
   * Returns the configured command line, with every subcommand registered.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Dvp()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
