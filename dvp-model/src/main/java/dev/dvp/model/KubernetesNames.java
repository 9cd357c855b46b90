package dev.dvp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The name checks of Kubernetes' {@code k8s.io/apimachinery/pkg/util/validation}, with its messages word for word
 * (including the double spaces its example lists produce). Each returns the messages of every broken check.
 */
final class KubernetesNames {
  static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  static final String WILDCARD_FMT = "\\*\\." + DNS1123_SUBDOMAIN_FMT;
  static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
  private static final Pattern DNS1123_LABEL = Pattern.compile("^" + DNS1123_LABEL_FMT + "$");
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
  private static final Pattern DNS1035_LABEL = Pattern.compile("^" + DNS1035_LABEL_FMT + "$");
  private static final Pattern WILDCARD = Pattern.compile("^" + WILDCARD_FMT + "$");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("^" + CONFIG_MAP_KEY_FMT + "$");
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("^[-a-z0-9]+$");
  private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})(\\.\\d{1,3}){3}$");

  private KubernetesNames() {}

  static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

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

  static List<String> dns1123Label(String value) {
    return lengthAndPattern(value, 63, DNS1123_LABEL, "a lowercase RFC 1123 label must consist of lower case "
        + "alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL_FMT,
        "my-name", "123-abc");
  }

  static List<String> dns1123Subdomain(String value) {
    return lengthAndPattern(value, 253, DNS1123_SUBDOMAIN, "a lowercase RFC 1123 subdomain must consist of lower case "
        + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT, "example.com");
  }

  static List<String> wildcardDns1123Subdomain(String value) {
    return lengthAndPattern(value, 253, WILDCARD, "a wildcard DNS-1123 subdomain must start with '*.', followed by a "
        + "valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an "
        + "alphanumeric character", WILDCARD_FMT, "*.example.com");
  }

  /** Service names: DNS-1035 labels ({@code ValidateServiceName}). */
  static List<String> dns1035Label(String value) {
    return lengthAndPattern(value, 63, DNS1035_LABEL, "a DNS-1035 label must consist of lower case alphanumeric "
        + "characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_LABEL_FMT, "my-name", "abc-123");
  }

  private static List<String> lengthAndPattern(String value, int maxLength, Pattern pattern, String message,
      String format, String... examples) {
    List<String> errors = new ArrayList<>(2);
    if (value.length() > maxLength) {
      errors.add(maxLenError(maxLength));
    }
    if (!pattern.matcher(value).matches()) {
      errors.add(regexError(message, format, examples));
    }
    return errors;
  }

  static List<String> configMapKey(String value) {
    List<String> errors = new ArrayList<>(lengthAndPattern(value, 253, CONFIG_MAP_KEY,
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
    if (port.length() > 15) {
      errors.add(maxLenError(15));
    }
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    } else if (port.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
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
