package dev.dvp.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line and column of every value of every document of one source, recorded by one scan of the text, so that
 * each later {@link #locate} is a walk down a tree of a few nodes instead of a parse of the whole source.
 *
 * <p>The tree is kept in parallel int arrays (one slot per value node, in document order): the position, the
 * first child and the next sibling, and for object members the field name (names repeat, so they are shared).
 * Lists keep their elements' node numbers in one flat array, so {@code items[9999]} is found without walking
 * 9,999 siblings; objects with many fields get a name → node map for the same reason. A value costs about
 * 35 bytes (a 10,000-document source of VMs, some 50 values each, about 18 MB).
 *
 * <p>Lookups follow {@code SourceText}'s former re-parsing walk exactly: a name step matches the first field of
 * that name of an object, an index step the element of a list; a step that does not match (missing field,
 * index out of range, name on a list, index on an object) stops at the node reached so far. Immutable once
 * built.
 */
final class SourcePositions {
  private static final byte SCALAR = 0;
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;
  /** Objects with more fields than this get a name → node map; smaller ones are searched in order. */
  private static final int MANY_FIELDS = 12;

  private int size;
  private int[] line;
  private int[] column;
  private int[] firstChild;
  private int[] nextSibling;
  private byte[] kind;
  private String[] name;
  /** For list nodes: where their elements start in {@link #elements}; for others unused. */
  private int[] elementsStart;
  private int[] elementCount;
  private int[] elements;
  private final Map<Integer, Map<String, Integer>> fieldsOfLargeObjects = new HashMap<>();
  private int[] documentRoots = new int[16];
  private int documents;

  private SourcePositions(int expectedNodes) {
    int capacity = Math.max(16, expectedNodes);
    line = new int[capacity];
    column = new int[capacity];
    firstChild = new int[capacity];
    nextSibling = new int[capacity];
    kind = new byte[capacity];
    name = new String[capacity];
  }

  /**
   * Scans a source once. A text that cannot be walked to its end (it was readable when it was read, so this is
   * not expected) keeps the documents scanned before the failure.
   */
  static SourcePositions scan(String text, ObjectMapper mapper) {
    // About one value per 16 characters of a typical manifest; arrays grow when the guess is short.
    SourcePositions positions = new SourcePositions(Math.min(text.length() / 16, 1 << 20));
    Map<String, String> names = new HashMap<>();
    try (JsonParser parser = mapper.createParser(text)) {
      while (parser.nextToken() != null) {
        positions.document(parser, names);
      }
    } catch (IOException | RuntimeException e) {
      // Keep what was scanned; locate falls back to a document's start for the rest.
    }
    positions.indexElementsAndFields();
    return positions;
  }

  /**
   * Records the document at the parser's current token and everything under it, iteratively (no deep recursion).
   * The root is registered first, so that a document cut short by a failure keeps what was recorded of it.
   */
  private void document(JsonParser parser, Map<String, String> names) throws IOException {
    int root = add(parser, null);
    if (documents == documentRoots.length) {
      documentRoots = Arrays.copyOf(documentRoots, documents * 2);
    }
    documentRoots[documents++] = root;
    if (kind[root] == SCALAR) {
      return;
    }
    // parent stack with the last child added under each parent
    int[] parents = new int[16];
    int[] lastChild = new int[16];
    int depth = 0;
    parents[0] = root;
    lastChild[0] = -1;
    while (depth >= 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("unexpected end of input");
      }
      if (token.isStructEnd()) {
        depth--;
        continue;
      }
      String childName = null;
      if (token == JsonToken.FIELD_NAME) {
        String raw = parser.currentName();
        childName = names.computeIfAbsent(raw, k -> k);
        token = parser.nextToken();
      }
      int child = add(parser, childName);
      int parent = parents[depth];
      if (lastChild[depth] < 0) {
        firstChild[parent] = child;
      } else {
        nextSibling[lastChild[depth]] = child;
      }
      lastChild[depth] = child;
      if (token.isStructStart()) {
        depth++;
        if (depth == parents.length) {
          parents = Arrays.copyOf(parents, depth * 2);
          lastChild = Arrays.copyOf(lastChild, depth * 2);
        }
        parents[depth] = child;
        lastChild[depth] = -1;
      }
    }
  }

  private int add(JsonParser parser, String field) {
    if (size == line.length) {
      int capacity = size + (size >> 1) + 16;
      line = Arrays.copyOf(line, capacity);
      column = Arrays.copyOf(column, capacity);
      firstChild = Arrays.copyOf(firstChild, capacity);
      nextSibling = Arrays.copyOf(nextSibling, capacity);
      kind = Arrays.copyOf(kind, capacity);
      name = Arrays.copyOf(name, capacity);
    }
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    int node = size++;
    line[node] = Math.max(1, at.getLineNr());
    column[node] = Math.max(1, at.getColumnNr());
    firstChild[node] = -1;
    nextSibling[node] = -1;
    kind[node] = token == JsonToken.START_OBJECT ? OBJECT : token == JsonToken.START_ARRAY ? ARRAY : SCALAR;
    name[node] = field;
    return node;
  }

  private void indexElementsAndFields() {
    int total = 0;
    for (int node = 0; node < size; node++) {
      if (kind[node] == ARRAY) {
        for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
          total++;
        }
      }
    }
    elements = new int[total];
    elementsStart = new int[size];
    elementCount = new int[size];
    int at = 0;
    for (int node = 0; node < size; node++) {
      if (kind[node] == ARRAY) {
        elementsStart[node] = at;
        for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
          elements[at++] = c;
        }
        elementCount[node] = at - elementsStart[node];
      } else if (kind[node] == OBJECT) {
        int fields = 0;
        for (int c = firstChild[node]; c >= 0 && fields <= MANY_FIELDS; c = nextSibling[c]) {
          fields++;
        }
        if (fields > MANY_FIELDS) {
          Map<String, Integer> byName = new HashMap<>();
          for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
            byName.putIfAbsent(name[c], c);
          }
          fieldsOfLargeObjects.put(node, byName);
        }
      }
    }
  }

  /** @return the number of documents scanned */
  int documents() {
    return documents;
  }

  /**
   * Finds the value at a path, or the nearest existing node on the way.
   *
   * @return {line, column}, or {@code null} when the document was not scanned
   */
  int[] locate(int documentIndex, List<Object> steps) {
    if (documentIndex < 0 || documentIndex >= documents) {
      return null;
    }
    int node = documentRoots[documentIndex];
    for (Object step : steps) {
      int next = child(node, step);
      if (next < 0) {
        break;
      }
      node = next;
    }
    return new int[] {line[node], column[node]};
  }

  private int child(int node, Object step) {
    if (kind[node] == OBJECT && step instanceof String) {
      Map<String, Integer> byName = fieldsOfLargeObjects.get(node);
      if (byName != null) {
        Integer found = byName.get(step);
        return found == null ? -1 : found;
      }
      for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
        if (step.equals(name[c])) {
          return c;
        }
      }
    } else if (kind[node] == ARRAY && step instanceof Integer) {
      int i = (Integer) step;
      if (i >= 0 && i < elementCount[node]) {
        return elements[elementsStart[node] + i];
      }
    }
    return -1;
  }
}
