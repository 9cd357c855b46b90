package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The virtual CPU type of a VirtualMachineClass ({@code spec.cpu.type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class CpuType extends OpenEnum<CpuType> {
  /** A virtual CPU with the instruction set common to the nodes (host-model). */
  public static final CpuType HOST = new CpuType("Host", true);
  /** The node's physical CPU as is. */
  public static final CpuType HOST_PASSTHROUGH = new CpuType("HostPassthrough", true);
  /** The common feature set of the nodes selected by {@code spec.cpu.discovery}. */
  public static final CpuType DISCOVERY = new CpuType("Discovery", true);
  /** A named QEMU CPU model ({@code spec.cpu.model}). */
  public static final CpuType MODEL = new CpuType("Model", true);
  /** A CPU with exactly the listed features ({@code spec.cpu.features}). */
  public static final CpuType FEATURES = new CpuType("Features", true);

  private static final OpenEnumMembers<CpuType> MEMBERS =
      new OpenEnumMembers<>(v -> new CpuType(v, false), HOST, HOST_PASSTHROUGH, DISCOVERY, MODEL, FEATURES);

  private CpuType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Host"}
   * @return the member
   */
  @JsonCreator
  public static CpuType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<CpuType> knownValues() {
    return MEMBERS.known();
  }
}
