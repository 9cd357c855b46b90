package dev.dvp.change;

/**
 * How a {@link Patch} changes a VM, named after {@code kubectl}'s options.
 *
 * <p>Immutable and thread-safe.
 */
public enum PatchType {
  /** {@code kubectl patch --type merge}: an RFC 7386 JSON merge patch ({@code null} deletes a field). */
  MERGE,
  /** {@code kubectl patch --type json}: an RFC 6902 list of operations ({@code add}, {@code replace}, ...). */
  JSON,
  /** {@code kubectl apply} / {@code kubectl edit}: the whole object is replaced. */
  REPLACE
}
