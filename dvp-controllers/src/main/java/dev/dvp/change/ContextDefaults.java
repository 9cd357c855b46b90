package dev.dvp.change;

/** Holds the shared default {@link ChangeContext}; an interface cannot keep a private constant. */
final class ContextDefaults {
  static final ChangeContext CONTEXT = ImmutableChangeContext.builder().build();

  private ContextDefaults() {}
}
