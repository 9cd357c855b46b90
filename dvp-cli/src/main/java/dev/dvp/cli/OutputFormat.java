package dev.dvp.cli;

/** The output formats of the {@code dvp} subcommands: text for people, JSON for machines. */
public enum OutputFormat {
  /** Human-readable text. */
  TEXT,
  /** JSON with the CRDs' field names. */
  JSON
}
