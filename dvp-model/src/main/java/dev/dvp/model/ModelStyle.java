package dev.dvp.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every value of the SDK is generated with.
 *
 * <p>A value type {@code X} is an interface annotated {@code @Value.Immutable}; Immutables generates
 * {@code ImmutableX} with a fluent builder ({@code X.builder()}), {@code withY(..)} copies (declared on the
 * generated {@code WithX} interface that {@code X} extends) and value equality. Absent values are
 * {@link java.util.Optional} or empty collections, never {@code null}: builders reject {@code null} and JSON
 * {@code null} reads as absent.
 *
 * <p>Modules of the SDK annotate their packages with it ({@code @ModelStyle} in {@code package-info.java}); users
 * have no reason to.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {
        "blockDeviceRef:blockDeviceRefs",
        "coreFraction:coreFractions",
        "feature:features",
        "address:addresses",
        "status:statuses",
        "policy:policies",
        "sizingPolicy:sizingPolicies",
        "entry:entries"
    },
    defaults = @Value.Immutable(copy = true),
    deepImmutablesDetection = true,
    redactedMask = "***",
    // Only @Override: no org.immutables.value.Generated (or jsr305) annotations in the class files, whose jars
    // consumers do not have, so `javac -Xlint:all -Werror` against the SDK stays quiet.
    allowedClasspathAnnotations = {Override.class})
public @interface ModelStyle {}
