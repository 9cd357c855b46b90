package dev.dvp.admission;

/**
 * The kind of write an {@link AdmissionRequest} asks for. DVP's webhooks are registered for these two only; a
 * DELETE is never validated.
 */
public enum AdmissionOperation {
  /** A new object; there is no old object. */
  CREATE,
  /** A change of a stored object; the request carries the old object as well. */
  UPDATE
}
