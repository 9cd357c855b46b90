package dev.dvp.change;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One detected change of a VM spec field: an entry of {@code .status.restartAwaitingChanges} when its
 * {@link #action()} is {@link ChangeAction#RESTART}, plus the two attributes DVP keeps hidden (the action and the
 * restart message) and the field's real JSON path.
 *
 * <p>Values ({@link #currentValue()}, {@link #desiredValue()}) are rendered as DVP renders them: JSON-like Java
 * objects ({@code Integer}/{@code Long}, {@code Boolean}, {@code String}, unmodifiable {@code List} and
 * key-sorted {@code Map}), with quantities in canonical form ({@code "1Gi"}), {@code coreFraction} with its
 * {@code %}, and zero-valued optional fields left out. An {@link ChangeOperation#ADD} has only a desired value, a
 * {@link ChangeOperation#REMOVE} only a current value, a {@link ChangeOperation#REPLACE} both.
 *
 * <p>Immutable and thread-safe; {@link SpecChanges} creates them, {@link #builder()} is for tests and tools.
 */
@Value.Immutable
public interface FieldChange extends WithFieldChange {
  /** @return add, remove or replace */
  ChangeOperation operation();

  /**
   * DVP's path of the change, e.g. {@code cpu.cores}, {@code blockDeviceRefs.2}, or {@code virtualMachineIPAddress}
   * (DVP's name; the JSON field is {@code virtualMachineIPAddressName}, see {@link #fieldPath()}).
   *
   * @return the path as written in {@code restartAwaitingChanges}
   */
  String path();

  /**
   * The JSON path of the changed field from the object's root, for programmatic use, e.g.
   * {@code spec.virtualMachineIPAddressName} or {@code spec.blockDeviceRefs[2]}; {@code spec.nodeSelector} for a
   * class change.
   *
   * @return the real path of the field
   */
  String fieldPath();

  /** @return the baseline's value; present for remove and replace */
  Optional<Object> currentValue();

  /** @return the spec's new value; present for add and replace */
  Optional<Object> desiredValue();

  /** @return what DVP does to a running VM for this change, after the controller's upgrades */
  ChangeAction action();

  /**
   * The text DVP appends to the {@code AwaitingRestartToApplyConfiguration} message for this change (socket
   * change, QoS class crossing, project quota).
   *
   * @return the restart message, if any
   */
  Optional<String> restartMessage();

  /**
   * Returns the entry as DVP publishes it in {@code .status.restartAwaitingChanges}: {@code currentValue},
   * {@code desiredValue}, {@code operation}, {@code path}, keys sorted as the API server returns them, absent
   * sides left out.
   *
   * @return an unmodifiable, key-sorted map
   */
  default Map<String, Object> toStatusEntry() {
    Map<String, Object> entry = new TreeMap<>();
    currentValue().ifPresent(v -> entry.put("currentValue", v));
    desiredValue().ifPresent(v -> entry.put("desiredValue", v));
    entry.put("operation", operation().wireValue());
    entry.put("path", path());
    return java.util.Collections.unmodifiableMap(entry);
  }

  /** Checks that the values present match the operation. */
  @Value.Check
  default void checkSides() {
    boolean current = currentValue().isPresent();
    boolean desired = desiredValue().isPresent();
    boolean fits = switch (operation()) {
      case ADD -> !current && desired;
      case REMOVE -> current && !desired;
      case REPLACE -> current && desired;
    };
    if (!fits) {
      throw new IllegalArgumentException("a " + operation().wireValue() + " change at " + path()
          + " needs " + switch (operation()) {
            case ADD -> "a desired value and no current value";
            case REMOVE -> "a current value and no desired value";
            case REPLACE -> "both a current and a desired value";
          } + "; got currentValue " + (current ? "set" : "absent") + ", desiredValue "
          + (desired ? "set" : "absent"));
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableFieldChange.Builder builder() {
    return ImmutableFieldChange.builder();
  }
}
