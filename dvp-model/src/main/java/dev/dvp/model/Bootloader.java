package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The VM's firmware ({@code spec.bootloader}); the default is {@code BIOS}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class Bootloader extends OpenEnum<Bootloader> {
  /** Legacy BIOS. */
  public static final Bootloader BIOS = new Bootloader("BIOS", true);
  /** UEFI. */
  public static final Bootloader EFI = new Bootloader("EFI", true);
  /** UEFI with Secure Boot. */
  public static final Bootloader EFI_WITH_SECURE_BOOT = new Bootloader("EFIWithSecureBoot", true);

  private static final OpenEnumMembers<Bootloader> MEMBERS =
      new OpenEnumMembers<>(v -> new Bootloader(v, false), BIOS, EFI, EFI_WITH_SECURE_BOOT);

  private Bootloader(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "BIOS"}
   * @return the member
   */
  @JsonCreator
  public static Bootloader of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<Bootloader> knownValues() {
    return MEMBERS.known();
  }
}
