package dev.dvp.bench.codec;

import dev.dvp.model.Manifests;

/**
 * The codecs of the long-scalar benchmark: one with every size limit at 64 Mi characters (the baseline jar, built
 * before {@code maxDocumentSize} existed, had only {@code maxSourceSize}), and the standard one, which refuses
 * documents over the API server's 3 MiB.
 */
final class LongScalars {
  private LongScalars() {}

  static Manifests admitting() {
    return Manifests.builder().maxSourceSize(Manifests.DEFAULT_MAX_SOURCE_SIZE)
        .maxDocumentSize(Manifests.DEFAULT_MAX_SOURCE_SIZE).build();
  }
}
