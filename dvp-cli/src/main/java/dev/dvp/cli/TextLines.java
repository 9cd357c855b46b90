package dev.dvp.cli;

/**
 * A text cut into lines once, so that the lines of many positions are found without scanning from the start each
 * time (an editor's diagnostics for a large file point at thousands of lines). Immutable.
 */
final class TextLines {
  private final String text;
  private final int[] starts;

  private TextLines(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  /**
   * Cuts a text at its line ends.
   *
   * @param text any text
   * @return its lines
   */
  static TextLines of(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return new TextLines(text, starts);
  }

  /** @return how many lines the text has (a final line end starts an empty last line) */
  int count() {
    return starts.length;
  }

  /**
   * Returns a line without its line end ({@code \n} or {@code \r\n}).
   *
   * @param line a 0-based line
   * @return the line, or {@code ""} past the end
   */
  String line(int line) {
    if (line < 0 || line >= starts.length) {
      return "";
    }
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    if (end > starts[line] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(starts[line], end);
  }
}
