package dev.dvp.admission;

import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What admission decided about one {@link AdmissionRequest}, as the API server would answer it.
 *
 * <ul>
 *   <li>Admitted: {@link #object()} is the object as it would be stored (CRD defaults and the mutating webhook
 *       applied), {@link #errors()} is empty and {@link #warnings()} holds the webhook's warnings.</li>
 *   <li>Denied: {@link #deniedAt()} names the stage; {@link #errors()} holds every schema error (schema stage) or
 *       the single error DVP reports (mutating or validating stage); {@link #warnings()} is empty, because DVP drops
 *       warnings gathered before a failing validator; {@link #object()} is the request's object unchanged, never a
 *       partly defaulted one.</li>
 * </ul>
 *
 * <p>{@link #notes()} are the SDK's own remarks (hints, checks skipped for want of context); DVP shows nothing like
 * them. Immutable and thread-safe.
 *
 * @param <T> the resource type
 */
public final class AdmissionResult<T extends Resource> {
  private final T object;
  private final Optional<AdmissionStage> deniedAt;
  private final List<Violation> errors;
  private final List<Violation> warnings;
  private final List<Violation> notes;

  private AdmissionResult(T object, Optional<AdmissionStage> deniedAt, List<Violation> errors,
      List<Violation> warnings, List<Violation> notes) {
    this.object = object;
    this.deniedAt = deniedAt;
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
    this.notes = List.copyOf(notes);
  }

  static <T extends Resource> AdmissionResult<T> admitted(T object, List<Violation> warnings, List<Violation> notes) {
    return new AdmissionResult<>(object, Optional.empty(), List.of(), warnings, notes);
  }

  static <T extends Resource> AdmissionResult<T> denied(T original, AdmissionStage stage, List<Violation> errors,
      List<Violation> notes) {
    return new AdmissionResult<>(original, Optional.of(stage), errors, List.of(), notes);
  }

  /** @return {@code true} when the API server would store the object */
  public boolean allowed() {
    return deniedAt.isEmpty();
  }

  /** @return the defaulted object when admitted; the request's object, untouched, when denied */
  public T object() {
    return object;
  }

  /** @return the stage that denied the request; empty when admitted */
  public Optional<AdmissionStage> deniedAt() {
    return deniedAt;
  }

  /** @return the errors the user would see (all of them at the schema stage, one otherwise); empty when admitted */
  public List<Violation> errors() {
    return errors;
  }

  /** @return the webhook's warnings of an admitted request, in the order the validators produced them */
  public List<Violation> warnings() {
    return warnings;
  }

  /** @return the SDK's remarks (code {@code sdk...}) that DVP does not show, in order */
  public List<Violation> notes() {
    return notes;
  }

  /** Returns a one-line summary such as {@code denied at VALIDATING: spec.networks: ...}. */
  @Override
  public String toString() {
    return allowed()
        ? "admitted" + (warnings.isEmpty() ? "" : " with warnings " + warnings)
        : "denied at " + deniedAt.get() + ": " + errors;
  }
}
