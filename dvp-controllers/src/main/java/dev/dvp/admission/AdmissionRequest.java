package dev.dvp.admission;

import dev.dvp.model.Resource;
import java.util.Optional;

/**
 * One write to admit: a CREATE of {@link #object()}, or an UPDATE from {@link #oldObject()} to {@link #object()}.
 * Several DVP rules compare the two (immutability, network ids, added block devices), which is why an update
 * carries both.
 *
 * <pre>{@code
 * AdmissionRequest<VirtualMachine> create = AdmissionRequest.create(vm);
 * AdmissionRequest<VirtualMachine> update = AdmissionRequest.update(storedVm, editedVm);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param operation CREATE or UPDATE
 * @param object the object as sent (for an UPDATE, the new state)
 * @param oldObject the stored object; present exactly for an UPDATE
 * @param <T> the resource type
 */
public record AdmissionRequest<T extends Resource>(AdmissionOperation operation, T object, Optional<T> oldObject) {
  /**
   * Checks the request's shape.
   *
   * @throws IllegalArgumentException if an argument is {@code null}, or the old object is missing for an UPDATE
   *     or present for a CREATE
   */
  public AdmissionRequest {
    if (operation == null || object == null || oldObject == null) {
      throw new IllegalArgumentException("an AdmissionRequest needs an operation, an object and an Optional old"
          + " object; maybe use AdmissionRequest.create(object) or AdmissionRequest.update(old, object)");
    }
    if ((operation == AdmissionOperation.UPDATE) != oldObject.isPresent()) {
      throw new IllegalArgumentException("an UPDATE needs the old object and a CREATE has none; got " + operation
          + (oldObject.isPresent() ? " with" : " without") + " an old object");
    }
    if (oldObject.isPresent() && !oldObject.get().kind().equals(object.kind())) {
      throw new IllegalArgumentException("an UPDATE cannot change the kind: old object is a "
          + oldObject.get().kind() + ", new object a " + object.kind());
    }
  }

  /**
   * Returns a CREATE request.
   *
   * @param object the new object
   * @param <T> its type
   * @return the request
   */
  public static <T extends Resource> AdmissionRequest<T> create(T object) {
    return new AdmissionRequest<>(AdmissionOperation.CREATE, object, Optional.empty());
  }

  /**
   * Returns an UPDATE request.
   *
   * @param oldObject the stored object
   * @param object the new state
   * @param <T> their type
   * @return the request
   */
  public static <T extends Resource> AdmissionRequest<T> update(T oldObject, T object) {
    return new AdmissionRequest<>(AdmissionOperation.UPDATE, object, Optional.of(oldObject));
  }

  /** @return {@code true} for a CREATE */
  public boolean isCreate() {
    return operation == AdmissionOperation.CREATE;
  }

  /**
   * Returns the same request with another object, for the stages after defaulting.
   *
   * @param replacement the object to carry instead
   * @return the request
   */
  public AdmissionRequest<T> withObject(T replacement) {
    return new AdmissionRequest<>(operation, replacement, oldObject);
  }
}
