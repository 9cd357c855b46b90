package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema keywords on {@code dataSource.containerImage} that Java's {@code @Pattern} cannot carry as written: the
 * CRD's image-reference pattern uses Go's {@code (?P<name>...)} groups (Java spells them {@code (?<name>...)}), and
 * {@code caBundle} has {@code format: byte}. Messages quote the CRD's pattern as the API server does.
 */
final class ContainerImageRules implements SchemaRule<Object> {
  /** The CRD's pattern, as the API server prints it. */
  static final String IMAGE_PATTERN = "^(?P<name>(?:(?P<domain>(?:(?:localhost|[\\w-]+(?:\\.[\\w-]+)+)(?::\\d+)?)"
      + "|[\\w]+:\\d+)/)?(?P<image>[a-z0-9_.-]+(?:/[a-z0-9_.-]+)*))(?::(?P<tag>[\\w][\\w.-]{0,127}))?"
      + "(?:@(?P<digest>[A-Za-z][A-Za-z0-9]*(?:[+.-_][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$";
  private static final Pattern IMAGE = Pattern.compile(IMAGE_PATTERN.replace("(?P<", "(?<"));

  @Override
  public List<RuleFailure> check(Object value) {
    String image;
    Optional<String> caBundle;
    if (value instanceof ContainerImageDataSource) {
      image = ((ContainerImageDataSource) value).image();
      caBundle = ((ContainerImageDataSource) value).caBundle();
    } else {
      image = ((ClusterVirtualImageContainerImage) value).image();
      caBundle = ((ClusterVirtualImageContainerImage) value).caBundle();
    }
    List<RuleFailure> failures = new ArrayList<>(1);
    if (!IMAGE.matcher(image).find()) {
      failures.add(RuleFailure.keyword("image", "pattern", "Invalid value: " + StructuralValidator.quote(image)
          + ": {path} in body should match '" + IMAGE_PATTERN + "'"));
    }
    caBundle.flatMap(HttpDataSourceRules::notBase64).ifPresent(failures::add);
    return failures;
  }
}
