package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a toleration matches a taint's value; the default is {@code Equal}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class TolerationOperator extends OpenEnum<TolerationOperator> {
  /** Any value matches. */
  public static final TolerationOperator EXISTS = new TolerationOperator("Exists", true);
  /** The values must be equal. */
  public static final TolerationOperator EQUAL = new TolerationOperator("Equal", true);

  private static final OpenEnumMembers<TolerationOperator> MEMBERS =
      new OpenEnumMembers<>(v -> new TolerationOperator(v, false), EXISTS, EQUAL);

  private TolerationOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Exists"}
   * @return the member
   */
  @JsonCreator
  public static TolerationOperator of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<TolerationOperator> knownValues() {
    return MEMBERS.known();
  }
}
