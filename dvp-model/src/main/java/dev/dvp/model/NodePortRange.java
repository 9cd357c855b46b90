package dev.dvp.model;

/**
 * The range the API server allocates and accepts Service node ports from ({@code --service-node-port-range}).
 * Kubernetes' default is {@code 30000-32767}, both ends included; clusters may configure another range, so every
 * check that depends on it takes the range as a parameter ({@link #DEFAULT} where none is given).
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the lowest port of the range
 * @param last the highest port of the range
 */
public record NodePortRange(int first, int last) {
  /** Kubernetes' default range, {@code 30000-32767}. */
  public static final NodePortRange DEFAULT = new NodePortRange(30000, 32767);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException unless {@code 1 <= first <= last <= 65535}
   */
  public NodePortRange {
    if (first < 1 || last > 65535 || first > last) {
      throw new IllegalArgumentException("a node port range needs 1 <= first <= last <= 65535, got " + first + "-"
          + last + "; maybe you meant the default 30000-32767");
    }
  }

  /**
   * Reads a range as the API server flag writes it, e.g. {@code 30000-32767}.
   *
   * @param text {@code <first>-<last>}
   * @return the range
   * @throws IllegalArgumentException if the text is not two port numbers joined by {@code -}
   */
  public static NodePortRange parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split("-", -1);
    try {
      if (parts.length == 2) {
        return new NodePortRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // reported below with the expected shape
    }
    throw new IllegalArgumentException("expected a node port range like 30000-32767, got " + text);
  }

  /**
   * Tells whether a node port lies in the range.
   *
   * @param port the port
   * @return {@code true} when {@code first <= port <= last}
   */
  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /**
   * Returns the API server's message for a port outside the range.
   *
   * @return {@code provided port is not in the valid range. The range of valid ports is 30000-32767} (with this range)
   */
  public String notInRangeMessage() {
    return "provided port is not in the valid range. The range of valid ports is " + this;
  }

  /** Returns the range as the API server writes it, e.g. {@code 30000-32767}. */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
