package dev.dvp.cli;

import java.util.Optional;
import picocli.CommandLine;

/** Reports the SDK version from the jar's manifest. */
final class DvpVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dvp " + implementationVersion().orElse("(development build)")};
  }

  /** The jar's {@code Implementation-Version}; empty when run from classes (tests, IDEs). */
  static Optional<String> implementationVersion() {
    return Optional.ofNullable(Dvp.class.getPackage().getImplementationVersion());
  }
}
