package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The two CEL rules on a ClusterVirtualImage's {@code spec.dataSource.objectRef}: a namespaced source (VirtualImage,
 * VirtualDisk, VirtualDiskSnapshot) needs a non-empty {@code namespace} shorter than 64 characters. A missing
 * namespace fails both rules, as both start with {@code has(self.namespace)}. Lengths count code points (CEL
 * {@code size}).
 */
final class ClusterVirtualImageObjectRefRules implements SchemaRule<ClusterVirtualImageObjectRef> {
  static final String NAMESPACE_REQUIRED = "The namespace is required for VirtualDisk, VirtualImage and VirtualDiskSnapshot";
  static final String NAMESPACE_TOO_LONG = "The namespace must be no longer than 63 characters.";

  @Override
  public List<RuleFailure> check(ClusterVirtualImageObjectRef ref) {
    ImageObjectRefKind kind = ref.kind();
    boolean namespaced = kind.equals(ImageObjectRefKind.VIRTUAL_IMAGE) || kind.equals(ImageObjectRefKind.VIRTUAL_DISK)
        || kind.equals(ImageObjectRefKind.VIRTUAL_DISK_SNAPSHOT);
    List<RuleFailure> failures = new ArrayList<>(2);
    if (!namespaced) {
      return failures;
    }
    int size = ref.namespace().map(ns -> ns.codePointCount(0, ns.length())).orElse(-1);
    if (size <= 0) {
      failures.add(RuleFailure.of(NAMESPACE_REQUIRED));
    }
    if (size < 0 || size >= 64) {
      failures.add(RuleFailure.of(NAMESPACE_TOO_LONG));
    }
    return failures;
  }
}
