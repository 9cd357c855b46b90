package dev.dvp.model;

import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MaxItems;
import dev.dvp.model.schema.MaxLength;
import dev.dvp.model.schema.Maximum;
import dev.dvp.model.schema.MinItems;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Minimum;
import dev.dvp.model.schema.Pattern;
import dev.dvp.model.schema.Required;
import dev.dvp.model.schema.Rules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks a resource against its CRD's {@code openAPIV3Schema}: required fields, enums, minimum and maximum,
 * lengths, item counts, patterns and the {@code x-kubernetes-validations} (CEL) rules, rewritten in Java; and the
 * {@code metadata} of every resource, of any kind including {@link GenericResource}, as the API server validates it
 * on CREATE ({@code ValidateObjectMetaAccessor} of {@code k8s.io/apimachinery/pkg/api/validation/objectmeta.go}):
 * name or generateName, the kind's name syntax, namespace, labels, annotations, owner references and finalizers,
 * e.g. {@code metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of ...}.
 *
 * <p>The checks run through Jakarta Validation (Hibernate Validator) on the constraints the model's values carry.
 * Each broken rule becomes a {@link Violation} with the field's JSON path and the API server's wording, e.g.
 * {@code spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal to 1}.
 * Violations come sorted by path, then code. Schema validation runs after CRD defaulting in the API server; this
 * validator checks the object as given (see the admission package for the whole pipeline).
 *
 * <p>Thread-safe; create one and share it ({@link #standard()} returns a shared instance).
 *
 * <pre>{@code
 * List<Violation> problems = StructuralValidator.standard().validate(vm);
 * }</pre>
 */
public final class StructuralValidator {
  private static final StructuralValidator STANDARD = new StructuralValidator();
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::code).thenComparing(Violation::message);

  private final Validator validator;

  private StructuralValidator() {
    // Immutables' accessors are named like the fields (cores(), not getCores()); without this strategy Hibernate
    // Validator would silently ignore every constraint on them.
    GetterPropertySelectionStrategy accessors = new AccessorSelection();
    this.validator = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(accessors)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Returns the shared validator.
   *
   * @return a thread-safe validator
   */
  public static StructuralValidator standard() {
    return STANDARD;
  }

  /**
   * Validates any value of the model (a resource or a part of one). A {@link Resource} gets its metadata checked
   * too, so it needs a name or a generateName; a part (a spec, an ObjectMeta alone) gets its schema only.
   *
   * @param value the value to check
   * @return the violations, sorted by path; empty when the value is valid
   * @throws IllegalArgumentException if {@code value} is {@code null}
   */
  public List<Violation> validate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("cannot validate null; pass a resource such as a VirtualMachine");
    }
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    // Every object's metadata, of any kind (GenericResource too), as the API server checks it beside the schema.
    List<Violation> metadata = value instanceof Resource ? ObjectMetaRules.check((Resource) value) : List.of();
    if (found.isEmpty() && metadata.isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(found.size() + metadata.size());
    for (ConstraintViolation<Object> cv : found) {
      violations.add(toViolation(cv));
    }
    violations.addAll(metadata);
    violations.sort(ORDER);
    return List.copyOf(violations);
  }

  private static Violation toViolation(ConstraintViolation<Object> cv) {
    String path = jsonPath(cv.getPropertyPath());
    Annotation constraint = cv.getConstraintDescriptor().getAnnotation();
    Object value = unwrap(cv.getInvalidValue());
    if (constraint instanceof Rules) {
      String[] parts = cv.getMessage().split("\u0000", 4);
      String at = parts[0].isEmpty() ? path : path.isEmpty() ? parts[0] : path + "." + parts[0];
      if (parts[1].equals("rule")) {
        return Violation.error(at, "rule", "Invalid value: " + quote(parts[2]) + ": " + parts[3]);
      }
      return Violation.error(at, parts[1], parts[3].replace("{path}", at));
    }
    if (constraint instanceof Required) {
      return Violation.error(path, "required", "Required value");
    }
    if (constraint instanceof KnownValue) {
      OpenEnum<?> member = (OpenEnum<?>) value;
      return Violation.error(path, "enum",
          "Unsupported value: " + quote(member.value()) + ": supported values: " + supported(member));
    }
    if (constraint instanceof Minimum) {
      return Violation.error(path, "minimum", "Invalid value: " + value + ": " + path
          + " in body should be greater than or equal to " + ((Minimum) constraint).value());
    }
    if (constraint instanceof Maximum) {
      return Violation.error(path, "maximum", "Invalid value: " + value + ": " + path
          + " in body should be less than or equal to " + ((Maximum) constraint).value());
    }
    if (constraint instanceof MinLength) {
      return Violation.error(path, "minLength", "Invalid value: " + render(value) + ": " + path
          + " in body should be at least " + ((MinLength) constraint).value() + " chars long");
    }
    if (constraint instanceof MaxLength) {
      int max = ((MaxLength) constraint).value();
      return Violation.error(path, "maxLength",
          "Too long: may not be more than " + max + (max == 1 ? " byte" : " bytes"));
    }
    if (constraint instanceof MinItems) {
      int size = value instanceof Collection ? ((Collection<?>) value).size() : 0;
      return Violation.error(path, "minItems", "Invalid value: " + size + ": " + path
          + " in body should have at least " + ((MinItems) constraint).value() + " items");
    }
    if (constraint instanceof MaxItems) {
      int size = value instanceof Collection ? ((Collection<?>) value).size() : 0;
      return Violation.error(path, "maxItems",
          "Too many: " + size + ": must have at most " + ((MaxItems) constraint).value() + " items");
    }
    if (constraint instanceof Pattern) {
      return Violation.error(path, "pattern", "Invalid value: " + render(value) + ": " + path
          + " in body should match '" + ((Pattern) constraint).value() + "'");
    }
    return Violation.error(path, constraint.annotationType().getSimpleName(), cv.getMessage());
  }

  /** Turns Hibernate Validator's property path into the JSON path the API server prints. */
  static String jsonPath(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN) {
        // Container-element nodes ("<list element>", "<optional element>") carry the index of their parent.
        appendIndex(out, node);
        continue;
      }
      appendIndex(out, node);
      if (node.getName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }

  private static void appendIndex(StringBuilder out, Path.Node node) {
    if (node.getIndex() != null) {
      out.append('[').append(node.getIndex()).append(']');
    } else if (node.getKey() != null) {
      out.append('[').append(node.getKey()).append(']');
    }
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
  }

  private static String render(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return quote(String.valueOf(value));
  }

  static String quote(String text) {
    return GoQuote.quote(text);
  }

  private static String supported(OpenEnum<?> member) {
    try {
      Method known = member.getClass().getMethod("knownValues");
      List<?> values = (List<?>) known.invoke(null);
      return values.stream().map(v -> quote(v.toString())).collect(Collectors.joining(", "));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(member.getClass() + " lacks knownValues()", e);
    }
  }

  /** Treats every no-argument, non-void method as a property (Immutables accessors). */
  private static final class AccessorSelection implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || isObjectMethod(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }

    private static boolean isObjectMethod(String name) {
      // Object's own no-argument methods; a model accessor may well be called clone() (VMOP spec.clone).
      return name.equals("hashCode") || name.equals("toString") || name.equals("getClass");
    }
  }
}
