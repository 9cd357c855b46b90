package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The initial provisioning scenario ({@code spec.provisioning.type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ProvisioningType extends OpenEnum<ProvisioningType> {
  /** Inline cloud-init in {@code spec.provisioning.userData}. */
  public static final ProvisioningType USER_DATA = new ProvisioningType("UserData", true);
  /** Cloud-init from a Secret named in {@code spec.provisioning.userDataRef}. */
  public static final ProvisioningType USER_DATA_REF = new ProvisioningType("UserDataRef", true);
  /** Windows Sysprep from a Secret named in {@code spec.provisioning.sysprepRef}. */
  public static final ProvisioningType SYSPREP_REF = new ProvisioningType("SysprepRef", true);

  private static final OpenEnumMembers<ProvisioningType> MEMBERS =
      new OpenEnumMembers<>(v -> new ProvisioningType(v, false), USER_DATA, USER_DATA_REF, SYSPREP_REF);

  private ProvisioningType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "UserData"}
   * @return the member
   */
  @JsonCreator
  public static ProvisioningType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<ProvisioningType> knownValues() {
    return MEMBERS.known();
  }
}
