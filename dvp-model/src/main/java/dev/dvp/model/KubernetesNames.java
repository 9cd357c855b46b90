package dev.dvp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes' name and label syntax checks with their messages word for word (including the double spaces the
 * example lists produce): DNS-1123 labels and subdomains, DNS-1035 labels, qualified names (label keys), label
 * values, path-segment names, config keys and port names. Each method returns the messages of every broken check,
 * empty when the text is valid; the caller wraps them as field errors ({@code Invalid value: "<text>": <message>}).
 *
 * <p>Two wordings of the label-key and label-value checks exist, and both are needed:
 * <ul>
 *   <li>{@link #qualifiedName} and {@link #labelValue}: {@code IsQualifiedName} and {@code IsValidLabelValue} of
 *       {@code k8s.io/apimachinery/pkg/util/validation/validation.go} as of apimachinery v0.33, the version DVP's
 *       webhooks vendor ({@code images/virtualization-artifact/go.mod}): {@code a qualified name ...},
 *       {@code must be no more than 63 characters};</li>
 *   <li>{@link #labelKey} and {@link #apiServerLabelValue}: {@code IsLabelKey} and {@code IsLabelValue} of
 *       {@code k8s.io/apimachinery/pkg/api/validate/content/kube.go}, which the API server uses from Kubernetes 1.35
 *       on (the SDK's default Kubernetes version): {@code a valid label key ...}, {@code must be no more than 63
 *       bytes}.</li>
 * </ul>
 * The DNS checks read the same in both ({@code IsDNS1123Label}, {@code IsDNS1123Subdomain} of
 * {@code util/validation}, {@code must be no more than 253 characters}), except inside a 1.35 label key, whose
 * prefix is checked by {@code content.IsDNS1123Subdomain} ({@code bytes}).
 *
 * <p>Stateless and thread-safe. Public so that the admission package can word DVP's webhook errors with it; the
 * rest of the SDK reports these checks through {@link StructuralValidator}.
 *
 * <pre>{@code
 * List<String> problems = KubernetesNames.dns1123Subdomain("Bad_Name"); // one message: "a lowercase RFC 1123 ..."
 * }</pre>
 */
public final class KubernetesNames {
  static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  static final String WILDCARD_FMT = "\\*\\." + DNS1123_SUBDOMAIN_FMT;
  static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
  static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  /** {@code DNS1123LabelMaxLength}, {@code DNS1035LabelMaxLength}, {@code LabelValueMaxLength}. */
  static final int LABEL_MAX_LENGTH = 63;
  /** {@code DNS1123SubdomainMaxLength}. */
  static final int SUBDOMAIN_MAX_LENGTH = 253;

  private static final Pattern DNS1123_LABEL = Pattern.compile("^" + DNS1123_LABEL_FMT + "$");
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
  private static final Pattern DNS1035_LABEL = Pattern.compile("^" + DNS1035_LABEL_FMT + "$");
  private static final Pattern WILDCARD = Pattern.compile("^" + WILDCARD_FMT + "$");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("^" + CONFIG_MAP_KEY_FMT + "$");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("^" + QUALIFIED_NAME_FMT + "$");
  private static final Pattern LABEL_VALUE = Pattern.compile("^" + LABEL_VALUE_FMT + "$");
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("^[-a-z0-9]+$");
  private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})(\\.\\d{1,3}){3}$");

  private static final String DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character";
  private static final String DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case "
      + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  private static final String QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and"
      + " must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric"
      + " characters, '-', '_' or '.', and must start and end with an alphanumeric character";

  /**
   * Which apimachinery wording a label-key or label-value check uses: {@code util/validation} (v0.33, DVP's
   * webhooks) counts {@code characters} and calls keys qualified names; {@code validate/content} (Kubernetes
   * 1.35's API server) counts {@code bytes} and calls them label keys.
   */
  private enum Wording {
    UTIL_VALIDATION("a qualified name ", "characters"),
    CONTENT("a valid label key ", "bytes");

    final String tooManySlashes;
    final String unit;

    Wording(String tooManySlashes, String unit) {
      this.tooManySlashes = tooManySlashes;
      this.unit = unit;
    }

    String maxLen(int length) {
      return "must be no more than " + length + " " + unit;
    }
  }

  private KubernetesNames() {}

  /**
   * {@code MaxLenError} of {@code util/validation}.
   *
   * @param length the limit
   * @return {@code must be no more than <length> characters}
   */
  static String maxLenError(int length) {
    return Wording.UTIL_VALIDATION.maxLen(length);
  }

  /** Go's {@code len} of a string: its UTF-8 bytes, which every upstream length limit counts. */
  static int byteLength(String value) {
    int bytes = value.length();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        // Two bytes below U+0800, three for the rest of the BMP; a surrogate pair (4 bytes) is 2 chars of 2 extra.
        bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return bytes;
  }

  /** {@code RegexError}: the message, its examples and the expression. */
  static String regexError(String message, String format, String... examples) {
    StringBuilder out = new StringBuilder(message).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        out.append(" or ");
      }
      out.append('\'').append(examples[i]).append("', ");
    }
    return out.append("regex used for validation is '").append(format).append("')").toString();
  }

  /**
   * Checks a DNS-1123 label ({@code IsDNS1123Label}): at most 63 characters of {@code [-a-z0-9]}, alphanumeric at
   * both ends. A valid subdomain that is not a label is told {@code must not contain dots}, as upstream does.
   *
   * @param value the text, e.g. a namespace
   * @return the messages, empty when valid
   */
  public static List<String> dns1123Label(String value) {
    List<String> errors = new ArrayList<>(1);
    if (byteLength(value) > LABEL_MAX_LENGTH) {
      errors.add(maxLenError(LABEL_MAX_LENGTH));
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
        // A valid subdomain but no label: the length was checked above, so it must be the dots.
        errors.add("must not contain dots");
      } else {
        errors.add(regexError(DNS1123_LABEL_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return errors;
  }

  /**
   * Checks a DNS-1123 subdomain ({@code IsDNS1123Subdomain}): at most 253 characters, dot-separated labels.
   *
   * @param value the text, e.g. an object name
   * @return the messages, empty when valid
   */
  public static List<String> dns1123Subdomain(String value) {
    return dns1123Subdomain(value, Wording.UTIL_VALIDATION);
  }

  private static List<String> dns1123Subdomain(String value, Wording wording) {
    List<String> errors = new ArrayList<>(1);
    if (byteLength(value) > SUBDOMAIN_MAX_LENGTH) {
      errors.add(wording.maxLen(SUBDOMAIN_MAX_LENGTH));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errors.add(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errors;
  }

  /**
   * Checks a label key or other qualified name as DVP's webhooks word it ({@code IsQualifiedName}, apimachinery
   * v0.33): an optional DNS-1123 subdomain prefix and {@code /}, then a name of at most 63 characters of
   * {@code [-A-Za-z0-9_.]}, alphanumeric at both ends.
   *
   * @param value the key, e.g. {@code example.com/MyName}
   * @return the messages, empty when valid
   */
  public static List<String> qualifiedName(String value) {
    return labelKey(value, Wording.UTIL_VALIDATION);
  }

  /**
   * Checks a label value as DVP's webhooks word it ({@code IsValidLabelValue}, apimachinery v0.33): empty, or at
   * most 63 characters with the syntax of a qualified name's name part.
   *
   * @param value the label value
   * @return the messages, empty when valid
   */
  public static List<String> labelValue(String value) {
    return labelValue(value, Wording.UTIL_VALIDATION);
  }

  /** {@code content.IsLabelKey}: label keys, annotation keys and finalizers as the 1.35 API server words them. */
  static List<String> labelKey(String value) {
    return labelKey(value, Wording.CONTENT);
  }

  /** {@code content.IsLabelValue}: label values as the 1.35 API server words them. */
  static List<String> apiServerLabelValue(String value) {
    return labelValue(value, Wording.CONTENT);
  }

  private static List<String> labelKey(String value, Wording wording) {
    List<String> errors = new ArrayList<>(1);
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        dns1123Subdomain(prefix, wording).forEach(m -> errors.add("prefix part " + m));
      }
    } else {
      errors.add(wording.tooManySlashes + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name",
          "123-abc") + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errors;
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else if (byteLength(name) > LABEL_MAX_LENGTH) {
      errors.add("name part " + wording.maxLen(LABEL_MAX_LENGTH));
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errors.add("name part " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
    }
    return errors;
  }

  private static List<String> labelValue(String value, Wording wording) {
    List<String> errors = new ArrayList<>(1);
    if (byteLength(value) > LABEL_MAX_LENGTH) {
      errors.add(wording.maxLen(LABEL_MAX_LENGTH));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errors;
  }

  /** {@code IsWildcardDNS1123Subdomain}: Ingress hosts such as {@code *.example.com}. */
  static List<String> wildcardDns1123Subdomain(String value) {
    return lengthAndPattern(value, SUBDOMAIN_MAX_LENGTH, WILDCARD, "a wildcard DNS-1123 subdomain must start with "
        + "'*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or "
        + "'.' and end with an alphanumeric character", WILDCARD_FMT, "*.example.com");
  }

  /** {@code IsDNS1035Label}: Service names ({@code ValidateServiceName}). */
  static List<String> dns1035Label(String value) {
    return lengthAndPattern(value, LABEL_MAX_LENGTH, DNS1035_LABEL, "a DNS-1035 label must consist of lower case "
        + "alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric "
        + "character", DNS1035_LABEL_FMT, "my-name", "abc-123");
  }

  /**
   * {@code IsValidPathSegmentName} ({@code k8s.io/apimachinery/pkg/api/validation/path/name.go}): the names of
   * RBAC objects, which may be anything that fits in a URL path segment.
   */
  static List<String> pathSegmentName(String name) {
    if (name.equals(".") || name.equals("..")) {
      return List.of("may not be '" + name + "'");
    }
    List<String> errors = new ArrayList<>(1);
    for (String illegal : List.of("/", "%")) {
      if (name.contains(illegal)) {
        errors.add("may not contain '" + illegal + "'");
      }
    }
    return errors;
  }

  private static List<String> lengthAndPattern(String value, int maxLength, Pattern pattern, String message,
      String format, String... examples) {
    List<String> errors = new ArrayList<>(2);
    if (byteLength(value) > maxLength) {
      errors.add(maxLenError(maxLength));
    }
    if (!pattern.matcher(value).matches()) {
      errors.add(regexError(message, format, examples));
    }
    return errors;
  }

  /** {@code IsConfigMapKey}: Secret and ConfigMap data keys. */
  static List<String> configMapKey(String value) {
    List<String> errors = new ArrayList<>(lengthAndPattern(value, SUBDOMAIN_MAX_LENGTH, CONFIG_MAP_KEY,
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_MAP_KEY_FMT,
        "key.name", "KEY_NAME", "key-name"));
    if (value.equals(".")) {
      errors.add("must not be '.'");
    } else if (value.equals("..")) {
      errors.add("must not be '..'");
    } else if (value.startsWith("..")) {
      errors.add("must not start with '..'");
    }
    return errors;
  }

  /** An IANA service name, as a named {@code targetPort} or Ingress backend port ({@code IsValidPortName}). */
  static List<String> portName(String port) {
    List<String> errors = new ArrayList<>(2);
    if (byteLength(port) > 15) {
      errors.add(maxLenError(15));
    }
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (port.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      errors.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errors.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.charAt(0) == '-' || port.charAt(port.length() - 1) == '-')) {
      errors.add("must not begin or end with a hyphen");
    }
    return errors;
  }

  /** {@code IsValidPortNum}. */
  static List<String> portNumber(long port) {
    return port >= 1 && port <= 65535 ? List.of() : List.of("must be between 1 and 65535, inclusive");
  }

  /** Whether a host is written as an IP address, which Ingress hosts may not be. */
  static boolean isIpAddress(String host) {
    return IPV4.matcher(host).matches() || (host.contains(":") && host.matches("^[0-9a-fA-F:.]+$"));
  }
}
