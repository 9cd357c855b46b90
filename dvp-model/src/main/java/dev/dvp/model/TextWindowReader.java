package dev.dvp.model;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over a text already in memory, with a window that grows geometrically.
 *
 * <p>SnakeYAML 2.5's reader keeps the code points from the start of the current token to the end of what it has
 * read, and on every 1,023-character read copies that window into a new array ({@code Arrays.copyOfRange(
 * dataWindow, pointer, dataLength + read)}). A plain scalar is one token, so a scalar of n characters is copied
 * n / 1,023 times: quadratic (a 6 MB scalar took 27 s and 1.4 GB). This reader decodes the text in chunks of
 * {@value #CHUNK} code points and, when the window is full, moves the live part into an array at least twice its
 * size, so every code point is copied a bounded number of times: linear.
 *
 * <p>Everything else is SnakeYAML 2.5's {@code StreamReader} behaviour, method for method: code points, '\0'
 * past the end, the printable-character check and its message, lines broken by {@code Constant.LINEBR} and a
 * lone '\r', BOMs not counted as columns, and the per-document index that {@code LoaderOptions#setCodePointLimit}
 * is checked against. Every public method of the superclass is overridden, so its own state (an empty reader) is
 * never used. One instance per parse; not thread-safe.
 */
final class TextWindowReader extends StreamReader {
  /** Code points decoded per read: large enough that typical documents need a single window. */
  static final int CHUNK = 8192;

  private final String name = "'string'";
  private final String text;
  /** Next char of {@link #text} to decode. */
  private int textPosition;
  private int[] window = new int[0];
  private int length;
  private int pointer;
  private boolean eof;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  TextWindowReader(String text) {
    super(new StringReader(""));
    this.text = text;
  }

  @Override
  public Mark getMark() {
    return new Mark(name, index, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && ensureEnoughData(0); i++) {
      int c = window[pointer++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && (ensureEnoughData(0) && window[pointer] != '\n'))) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensureEnoughData(0) ? window[pointer] : '\0';
  }

  @Override
  public int peek(int ahead) {
    return ensureEnoughData(ahead) ? window[pointer + ahead] : '\0';
  }

  @Override
  public String prefix(int count) {
    if (count == 0) {
      return "";
    } else if (ensureEnoughData(count)) {
      return new String(window, pointer, count);
    } else {
      return new String(window, pointer, Math.min(count, length - pointer));
    }
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    pointer += count;
    index += count;
    documentIndex += count;
    // as in SnakeYAML: a prefix never holds a line break
    column += count;
    return prefix;
  }

  private boolean ensureEnoughData(int size) {
    while (!eof && pointer + size >= length) {
      update();
    }
    return pointer + size < length;
  }

  private void update() {
    if (textPosition >= text.length()) {
      eof = true;
      return;
    }
    if (length + CHUNK > window.length) {
      int live = length - pointer;
      if (live + CHUNK <= window.length / 2) {
        // Room enough once the consumed part is dropped: move the live part to the front of the same array. (Marks
        // made earlier share the array, but only their line, column and index are read, never their snippet.)
        System.arraycopy(window, pointer, window, 0, live);
      } else {
        // At least twice the live part: the next move comes only after as many new code points again.
        int[] moved = new int[Math.max(2 * live, live + CHUNK) + 2 * CHUNK];
        System.arraycopy(window, pointer, moved, 0, live);
        window = moved;
      }
      length = live;
      pointer = 0;
    }
    int end = length + CHUNK;
    while (length < end && textPosition < text.length()) {
      int codePoint = text.codePointAt(textPosition);
      if (!isPrintable(codePoint)) {
        throw new ReaderException(name, index + (length - pointer), codePoint,
            "special characters are not allowed");
      }
      window[length++] = codePoint;
      textPosition += Character.charCount(codePoint);
    }
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** For tests: the window's size, which stays within a small factor of the longest token. */
  int windowCapacity() {
    return window.length;
  }
}
