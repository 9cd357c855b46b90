package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvp.model.schema.EnumMember;
import java.util.Objects;

/**
 * An enumeration that keeps values it does not know.
 *
 * <p>CRD enums grow with each DVP release. A Java {@code enum} would have to fail a read (or drop the value) when a
 * manifest from a newer DVP carries a new member; an {@code OpenEnum} keeps the text instead, writes it back
 * unchanged, and lets {@link StructuralValidator} report it as {@code Unsupported value}. Known members are
 * constants of each subtype ({@link RunPolicy#ALWAYS_ON}, ...), compare with {@code equals} (or {@code ==} for the
 * constants returned by {@code of}), and {@link #isKnown()} tells the two kinds apart.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <E> the concrete enumeration type
 */
public abstract class OpenEnum<E extends OpenEnum<E>> implements EnumMember {
  private final String value;
  private final boolean known;

  /**
   * Creates a member.
   *
   * @param value the text on the wire
   * @param known whether this is one of the type's declared members
   */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /**
   * Returns the text of this member exactly as it appears in a manifest.
   *
   * @return the wire value, e.g. {@code "AlwaysOn"}
   */
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * Tells whether this member is one of the values the CRD allows.
   *
   * @return {@code false} for a value read from a manifest that this version of the SDK does not know
   */
  @Override
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof OpenEnum
        && other.getClass() == getClass()
        && ((OpenEnum<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public final String toString() {
    return value;
  }
}
