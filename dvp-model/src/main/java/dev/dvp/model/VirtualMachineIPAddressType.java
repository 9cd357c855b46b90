package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a VirtualMachineIPAddress gets its address ({@code spec.type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineIPAddressType extends OpenEnum<VirtualMachineIPAddressType> {
  /** The next free address of the pool is assigned. */
  public static final VirtualMachineIPAddressType AUTO = new VirtualMachineIPAddressType("Auto", true);
  /** The address in {@code spec.staticIP} is assigned. */
  public static final VirtualMachineIPAddressType STATIC = new VirtualMachineIPAddressType("Static", true);

  private static final OpenEnumMembers<VirtualMachineIPAddressType> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineIPAddressType(v, false), AUTO, STATIC);

  private VirtualMachineIPAddressType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Auto"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineIPAddressType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineIPAddressType> knownValues() {
    return MEMBERS.known();
  }
}
