package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Kubernetes int-or-string value ({@code x-kubernetes-int-or-string}) that remembers which of the two it is,
 * so that {@code 50} and {@code "50"} are written back as they were read.
 *
 * <p>Immutable and thread-safe; equality compares kind and text.
 */
public final class IntOrString {
  private final Object value;

  private IntOrString(Object value) {
    this.value = value;
  }

  /**
   * Returns an integer value.
   *
   * @param value the integer
   * @return the value
   */
  public static IntOrString of(int value) {
    return new IntOrString(value);
  }

  /**
   * Returns a string value.
   *
   * @param value the text
   * @return the value
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static IntOrString of(String value) {
    Objects.requireNonNull(value, "value");
    return new IntOrString(value);
  }

  @JsonCreator
  static IntOrString fromJson(Object json) {
    if (json instanceof Integer) {
      return of((Integer) json);
    }
    if (json instanceof String) {
      return of((String) json);
    }
    if (json instanceof Number) {
      throw new IllegalArgumentException("expected an integer or a string, got " + json);
    }
    throw new IllegalArgumentException(
        "expected an integer or a string, got " + (json == null ? "null" : json.getClass().getSimpleName()));
  }

  /** @return the value as JSON writes it: an {@link Integer} or a {@link String} */
  @JsonValue
  Object json() {
    return value;
  }

  /**
   * Tells whether this is an integer.
   *
   * @return {@code true} for {@code 50}, {@code false} for {@code "50"}
   */
  public boolean isInt() {
    return value instanceof Integer;
  }

  /**
   * Returns the integer.
   *
   * @return the integer, or empty for a string value
   */
  public OptionalInt intValue() {
    return isInt() ? OptionalInt.of((Integer) value) : OptionalInt.empty();
  }

  /**
   * Returns the string.
   *
   * @return the text, or empty for an integer value
   */
  public Optional<String> stringValue() {
    return isInt() ? Optional.empty() : Optional.of((String) value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntOrString && ((IntOrString) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the value's text: {@code 50} or {@code Auto}. */
  @Override
  public String toString() {
    return value.toString();
  }
}
