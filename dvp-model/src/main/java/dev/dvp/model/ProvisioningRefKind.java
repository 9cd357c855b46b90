package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of object a provisioning reference points to ({@code userDataRef.kind}, {@code sysprepRef.kind}); the default is {@code Secret}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ProvisioningRefKind extends OpenEnum<ProvisioningRefKind> {
  /** A Kubernetes Secret. */
  public static final ProvisioningRefKind SECRET = new ProvisioningRefKind("Secret", true);

  private static final OpenEnumMembers<ProvisioningRefKind> MEMBERS =
      new OpenEnumMembers<>(v -> new ProvisioningRefKind(v, false), SECRET);

  private ProvisioningRefKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Secret"}
   * @return the member
   */
  @JsonCreator
  public static ProvisioningRefKind of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<ProvisioningRefKind> knownValues() {
    return MEMBERS.known();
  }
}
