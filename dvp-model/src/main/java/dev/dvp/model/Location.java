package dev.dvp.model;

/**
 * A position in a manifest source.
 *
 * @param source the file name or other description of the input
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Location(String source, int line, int column) {
  /** Returns {@code source:line:column}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
