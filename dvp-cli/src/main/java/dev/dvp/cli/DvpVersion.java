package dev.dvp.cli;

import picocli.CommandLine;

/** Reports the SDK version from the jar's manifest. */
final class DvpVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Dvp.class.getPackage().getImplementationVersion();
    return new String[] {"dvp " + (version == null ? "(development build)" : version)};
  }
}
