package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four CEL rules on {@code spec.dataSource} that VirtualDisk, VirtualImage and ClusterVirtualImage share: each
 * {@code type} needs its own source field and forbids the others ({@code Upload} only forbids, {@code upload} itself
 * is optional).
 *
 * <p>VirtualDisk and VirtualImage do not require {@code type}; CEL then fails to read {@code self.type} and the API
 * server reports each rule as {@code no such key: type evaluating rule: <message>}. An unknown type satisfies all
 * four rules (each is {@code true} for other types); its enum failure is reported on its own.
 */
final class DataSourceRules implements SchemaRule<Object> {
  static final String HTTP = "HTTP requires http and cannot have ContainerImage, ObjectRef or Upload.";
  static final String CONTAINER_IMAGE =
      "ContainerImage requires containerImage and cannot have HTTP, ObjectRef or Upload.";
  static final String OBJECT_REF = "ObjectRef requires objectRef and cannot have HTTP, ContainerImage or Upload.";
  static final String UPLOAD = "Upload cannot have HTTP, ContainerImage or ObjectRef.";
  static final String NO_TYPE = "no such key: type evaluating rule: ";

  @Override
  public List<RuleFailure> check(Object value) {
    if (value instanceof VirtualDiskDataSource) {
      VirtualDiskDataSource s = (VirtualDiskDataSource) value;
      return check(s.type(), s.http().isPresent(), s.containerImage().isPresent(), s.objectRef().isPresent(),
          s.upload().isPresent());
    }
    if (value instanceof VirtualImageDataSource) {
      VirtualImageDataSource s = (VirtualImageDataSource) value;
      return check(s.type(), s.http().isPresent(), s.containerImage().isPresent(), s.objectRef().isPresent(),
          s.upload().isPresent());
    }
    ClusterVirtualImageDataSource s = (ClusterVirtualImageDataSource) value;
    return check(Optional.of(s.type()), s.http().isPresent(), s.containerImage().isPresent(),
        s.objectRef().isPresent(), s.upload().isPresent());
  }

  private static List<RuleFailure> check(Optional<DataSourceType> type, boolean http, boolean containerImage,
      boolean objectRef, boolean upload) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (type.isEmpty()) {
      for (String message : List.of(HTTP, CONTAINER_IMAGE, OBJECT_REF, UPLOAD)) {
        failures.add(RuleFailure.of(NO_TYPE + message));
      }
      return failures;
    }
    DataSourceType t = type.get();
    if (t.equals(DataSourceType.HTTP) && !(http && !containerImage && !objectRef && !upload)) {
      failures.add(RuleFailure.of(HTTP));
    }
    if (t.equals(DataSourceType.CONTAINER_IMAGE) && !(containerImage && !http && !objectRef && !upload)) {
      failures.add(RuleFailure.of(CONTAINER_IMAGE));
    }
    if (t.equals(DataSourceType.OBJECT_REF) && !(objectRef && !http && !containerImage && !upload)) {
      failures.add(RuleFailure.of(OBJECT_REF));
    }
    if (t.equals(DataSourceType.UPLOAD) && (http || containerImage || objectRef)) {
      failures.add(RuleFailure.of(UPLOAD));
    }
    return failures;
  }
}
