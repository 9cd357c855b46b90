package dev.dvp.model;

import java.util.Optional;

/**
 * A manifest that cannot be read: unreadable YAML or JSON, a field of the wrong type, a missing required field,
 * an invalid quantity, or input beyond a configured limit.
 *
 * <p>The message names the source, the line and column, the JSON path and the reason, e.g.
 * {@code vm.yaml:12:14: spec.cpu.cores: expected an integer, got "two"}. Each part is also available on its own.
 */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param source the file name or other description of the input
   * @param line the 1-based line, or 0 when not known
   * @param column the 1-based column, or 0 when not known
   * @param path the JSON path of the offending field, or empty
   * @param reason what is wrong, in words a person understands
   */
  public ManifestException(String source, int line, int column, String path, String reason) {
    super(format(source, line, column, path, reason));
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.reason = reason;
  }

  private static String format(String source, int line, int column, String path, String reason) {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(reason).toString();
  }

  /** @return the file name or other description of the input */
  public String source() {
    return source;
  }

  /** @return the 1-based line, if known */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** @return the 1-based column, if known */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  /** @return the JSON path of the offending field; empty when the problem is not about one field */
  public String path() {
    return path;
  }

  /** @return what is wrong, without source, position or path */
  public String reason() {
    return reason;
  }

  /**
   * Tells whether the text could not be parsed at all (bad syntax, a limit, an I/O error), as opposed to a
   * document that parsed but does not fit its kind (a wrong type or a missing field at {@link #path()}).
   *
   * @return {@code true} for unreadable input
   */
  public boolean isUnreadable() {
    return path.isEmpty();
  }
}
