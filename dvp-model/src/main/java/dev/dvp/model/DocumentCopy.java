package dev.dvp.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies one document's tokens into a buffer for binding, and on the way notes what binding cannot see: object
 * fields whose value is null (left out: the API server prunes them from custom resources, and an absent field is
 * what the model makes of them), a float written with a leading dot ({@code .inf}, {@code .nan}, but also
 * {@code .5}), and fields that appear twice in one object.
 *
 * <p>Duplicates are found as the Kubernetes API server's strict decoding finds them
 * ({@code sigs.k8s.io/json internal/golang/encoding/json/kubernetes_patch.go}: each repeated path reported once,
 * at most 100 per object). The field names of each open object are kept in a small array reused from document to
 * document, switching to a hash set past {@value #FEW_FIELDS} fields, so an ordinary document allocates nothing
 * for the check. One instance per parse (it keeps its frames between documents); not thread-safe.
 */
final class DocumentCopy {
  /** Objects with more fields than this keep their names in a hash set. */
  static final int FEW_FIELDS = 8;
  /** As {@code saveStrictError} in sigs.k8s.io/json: "prevent excessive numbers of accumulated errors". */
  static final int MAX_DUPLICATES = 100;

  private Frame[] frames = new Frame[16];
  private int depth;
  private boolean suspectFloat;
  private List<FieldDuplicate> duplicates = List.of();

  /** One open object or list. */
  private static final class Frame {
    boolean list;
    /** Objects: the field being read; lists: unused. */
    String field;
    /** Lists: the index of the element being read. */
    int index;
    String[] names = new String[FEW_FIELDS];
    int count;
    Set<String> many;

    void open(boolean isList) {
      list = isList;
      field = null;
      index = -1;
      count = 0;
      many = null;
    }

    /** Records a field name; returns false if the object already had it. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (count == FEW_FIELDS) {
        many = new HashSet<>(Arrays.asList(names));
        return many.add(name);
      }
      names[count++] = name;
      return true;
    }
  }

  /** @return whether the last copy saw a float written with a leading dot */
  boolean suspectFloat() {
    return suspectFloat;
  }

  /** @return the repeated fields of the last copied document, in reading order; empty for most documents */
  List<FieldDuplicate> duplicates() {
    return duplicates;
  }

  /**
   * Copies the value at the parser's current token (a whole document) into {@code out}.
   *
   * @param source names positions of duplicates
   */
  void copy(JsonParser parser, TokenBuffer out, SourceText source) throws IOException {
    suspectFloat = false;
    duplicates = List.of();
    depth = 0;
    JsonToken token = parser.currentToken();
    while (token != null) {
      if (token == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Frame object = frames[depth - 1];
        if (!object.add(name)) {
          duplicate(name, source.location(parser.currentTokenLocation()));
        }
        object.field = name;
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_NULL) {
          token = parser.nextToken();
          continue;
        }
        out.writeFieldName(name);
        token = value;
        continue;
      }
      if (depth > 0 && frames[depth - 1].list) {
        frames[depth - 1].index++;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        // YAML's .inf and .nan; the scan that reports them runs only when one is seen.
        suspectFloat |= parser.getText().indexOf('.') == 0;
      }
      out.copyCurrentEvent(parser);
      if (token.isStructStart()) {
        push(token == JsonToken.START_ARRAY);
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  private void push(boolean list) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    if (frames[depth] == null) {
      frames[depth] = new Frame();
    }
    frames[depth++].open(list);
  }

  private void duplicate(String name, Location at) {
    if (duplicates.size() >= MAX_DUPLICATES) {
      return;
    }
    List<Object> steps = new ArrayList<>(depth);
    for (int i = 0; i < depth - 1; i++) {
      steps.add(frames[i].list ? (Object) frames[i].index : frames[i].field);
    }
    steps.add(name);
    for (FieldDuplicate earlier : duplicates) {
      if (earlier.steps().equals(steps)) {
        return;
      }
    }
    if (duplicates.isEmpty()) {
      duplicates = new ArrayList<>(2);
    }
    duplicates.add(new FieldDuplicate(List.copyOf(steps), at));
  }
}
