package dev.dvp.bench.codec;

import dev.dvp.model.Manifests;

/** The codec the long-scalar benchmark reads with: every size limit at 64 Mi characters. */
final class LongScalars {
  private LongScalars() {}

  static Manifests admitting() {
    return Manifests.builder().maxSourceSize(Manifests.DEFAULT_MAX_SOURCE_SIZE).build();
  }
}
