package dev.dvp.model.schema;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks behind the annotations of this package. Each passes on an absent value except {@link Required}: the
 * OpenAPI keywords only constrain values that are there.
 *
 * <p>Public only because Jakarta Validation instantiates them; not part of the SDK's API.
 */
public final class SchemaKeywordValidators {
  private SchemaKeywordValidators() {}

  /** Checks {@link Required}. */
  public static final class RequiredCheck implements ConstraintValidator<Required, Object> {

    /** Made by Hibernate Validator for each constrained element. */
    public RequiredCheck() {}
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return false;
      }
      if (value instanceof Optional) {
        return ((Optional<?>) value).isPresent();
      }
      if (value instanceof Collection) {
        return !((Collection<?>) value).isEmpty();
      }
      if (value instanceof Map) {
        return !((Map<?, ?>) value).isEmpty();
      }
      return !(value instanceof String) || !((String) value).isEmpty();
    }
  }

  /** Checks {@link Minimum}. */
  public static final class MinimumCheck implements ConstraintValidator<Minimum, Number> {

    /** Made by Hibernate Validator for each constrained element. */
    public MinimumCheck() {}
    private long minimum;

    @Override
    public void initialize(Minimum annotation) {
      minimum = annotation.value();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
      return value == null || value.longValue() >= minimum;
    }
  }

  /** Checks {@link Maximum}. */
  public static final class MaximumCheck implements ConstraintValidator<Maximum, Number> {

    /** Made by Hibernate Validator for each constrained element. */
    public MaximumCheck() {}
    private long maximum;

    @Override
    public void initialize(Maximum annotation) {
      maximum = annotation.value();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
      return value == null || value.longValue() <= maximum;
    }
  }

  /** Checks {@link MinLength}, counting Unicode code points as OpenAPI and CEL do. */
  public static final class MinLengthCheck implements ConstraintValidator<MinLength, CharSequence> {

    /** Made by Hibernate Validator for each constrained element. */
    public MinLengthCheck() {}
    private int minimum;

    @Override
    public void initialize(MinLength annotation) {
      minimum = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || Character.codePointCount(value, 0, value.length()) >= minimum;
    }
  }

  /** Checks {@link MaxLength}, counting Unicode code points as OpenAPI and CEL do. */
  public static final class MaxLengthCheck implements ConstraintValidator<MaxLength, CharSequence> {

    /** Made by Hibernate Validator for each constrained element. */
    public MaxLengthCheck() {}
    private int maximum;

    @Override
    public void initialize(MaxLength annotation) {
      maximum = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || Character.codePointCount(value, 0, value.length()) <= maximum;
    }
  }

  /** Checks {@link MinItems}. */
  public static final class MinItemsCheck implements ConstraintValidator<MinItems, Collection<?>> {

    /** Made by Hibernate Validator for each constrained element. */
    public MinItemsCheck() {}
    private int minimum;

    @Override
    public void initialize(MinItems annotation) {
      minimum = annotation.value();
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
      return value == null || value.isEmpty() || value.size() >= minimum;
    }
  }

  /** Checks {@link MaxItems}. */
  public static final class MaxItemsCheck implements ConstraintValidator<MaxItems, Collection<?>> {

    /** Made by Hibernate Validator for each constrained element. */
    public MaxItemsCheck() {}
    private int maximum;

    @Override
    public void initialize(MaxItems annotation) {
      maximum = annotation.value();
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
      return value == null || value.size() <= maximum;
    }
  }

  /** Checks {@link Pattern}; the expression is compiled once per distinct text. */
  public static final class PatternCheck implements ConstraintValidator<Pattern, CharSequence> {

    /** Made by Hibernate Validator for each constrained element. */
    public PatternCheck() {}
    private static final Map<String, java.util.regex.Pattern> COMPILED = new ConcurrentHashMap<>();
    private java.util.regex.Pattern pattern;

    @Override
    public void initialize(Pattern annotation) {
      pattern = COMPILED.computeIfAbsent(annotation.value(), java.util.regex.Pattern::compile);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || pattern.matcher(value).find();
    }
  }

  /** Checks {@link KnownValue}. */
  public static final class KnownValueCheck implements ConstraintValidator<KnownValue, EnumMember> {

    /** Made by Hibernate Validator for each constrained element. */
    public KnownValueCheck() {}
    @Override
    public boolean isValid(EnumMember value, ConstraintValidatorContext context) {
      return value == null || value.isKnown();
    }
  }

  /**
   * Checks {@link Rules}: runs every rule and reports each failure as its own violation whose message is
   * relative path, code, value type and message joined by {@code '\u0000'} (the validator splits it again).
   */
  public static final class RulesCheck implements ConstraintValidator<Rules, Object> {

    /** Made by Hibernate Validator for each constrained element. */
    public RulesCheck() {}
    private static final Map<Class<?>, SchemaRule<Object>> INSTANCES = new ConcurrentHashMap<>();
    private final List<SchemaRule<Object>> rules = new ArrayList<>();

    @Override
    public void initialize(Rules annotation) {
      for (Class<? extends SchemaRule<?>> type : annotation.value()) {
        rules.add(INSTANCES.computeIfAbsent(type, RulesCheck::instantiate));
      }
    }

    @SuppressWarnings("unchecked")
    private static SchemaRule<Object> instantiate(Class<?> type) {
      try {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return (SchemaRule<Object>) constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create schema rule " + type.getName(), e);
      }
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      boolean valid = true;
      for (SchemaRule<Object> rule : rules) {
        for (SchemaRule.RuleFailure failure : rule.check(value)) {
          if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
          }
          context
              .buildConstraintViolationWithTemplate(escape(String.join("\u0000",
                  failure.relativePath(), failure.code(), failure.valueType(), failure.message())))
              .addConstraintViolation();
        }
      }
      return valid;
    }

    private static String escape(String text) {
      return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
  }
}
