package dev.dvp.model.admission;

import dev.dvp.model.Resource;
import java.util.Optional;

/** The validating webhooks of VirtualDisk, VirtualImage and ClusterVirtualImage, by kind. */
final class ImageAndDiskWebhooks {
  private ImageAndDiskWebhooks() {}

  static Optional<AdmissionValidator<? extends Resource>> forKind(String kind) {
    return Optional.empty();
  }
}
