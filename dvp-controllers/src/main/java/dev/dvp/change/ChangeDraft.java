package dev.dvp.change;

import dev.dvp.model.BlockDeviceRef;
import java.util.List;

/**
 * A change while the controller's rules still work on it: mutable, confined to one comparison, frozen into a
 * {@link FieldChange} at the end.
 */
final class ChangeDraft {
  final ChangeOperation operation;
  final String path;
  final String fieldPath;
  final Object currentValue;
  final Object desiredValue;
  ChangeAction action;
  String restartMessage;
  /** The block devices the values mention, for the boot-attached upgrade; empty for other fields. */
  List<BlockDeviceRef> devices = List.of();

  ChangeDraft(ChangeOperation operation, String path, String fieldPath, Object currentValue, Object desiredValue,
      ChangeAction action) {
    this.operation = operation;
    this.path = path;
    this.fieldPath = fieldPath;
    this.currentValue = currentValue;
    this.desiredValue = desiredValue;
    this.action = action;
  }

  boolean isBlockDevice() {
    return path.startsWith("blockDeviceRefs");
  }

  /** cpu, cpu.*, memory or memory.*: the entries the migratable and quota checks upgrade. */
  boolean isCompute() {
    return path.equals("cpu") || path.startsWith("cpu.") || path.equals("memory") || path.startsWith("memory.");
  }

  FieldChange freeze() {
    ImmutableFieldChange.Builder b = FieldChange.builder()
        .operation(operation).path(path).fieldPath(fieldPath).action(action);
    if (currentValue != null) {
      b.currentValue(currentValue);
    }
    if (desiredValue != null) {
      b.desiredValue(desiredValue);
    }
    if (restartMessage != null) {
      b.restartMessage(restartMessage);
    }
    return b.build();
  }
}
