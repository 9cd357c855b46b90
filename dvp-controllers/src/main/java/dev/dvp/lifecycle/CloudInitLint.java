package dev.dvp.lifecycle;

import dev.dvp.model.GoQuote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DVP's cloud-init user-data lint ({@code common/cloudinit/userdata.go}, {@code ValidateUserData}): at most one
 * finding, without the {@code spec.provisioning.userData: } prefix the webhook adds. Never rejects.
 *
 * <p>The YAML error text after the fixed part of the two YAML findings comes from Jackson here and from
 * {@code sigs.k8s.io/yaml} in DVP; only the fixed text is guaranteed to match.
 */
public final class CloudInitLint {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final int QUOTE_LIMIT = 48;
  private static final int MIME_SCAN = 4096;
  private static final List<String> HEADERS = List.of("## template: jinja", "#cloud-config-archive",
      "#cloud-config-jsonp", "#cloud-config", "#cloud-boothook", "#part-handler", "#include-once", "#include",
      "#upstart-job", "MIME-Version:", "Content-Type:", "#!");
  private static final Pattern MISSPELT_JINJA = Pattern.compile("(?i)^##[ \\t]*template[ \\t]*:[ \\t]*[a-z0-9._-]+");

  private CloudInitLint() {}

  /**
   * Lints user data as DVP does.
   *
   * @param userData the bytes of the user data (the inline text as UTF-8, or a Secret's decoded value)
   * @return the finding, e.g. {@code user data is empty}; empty when cloud-init will accept the data
   */
  public static Optional<String> lint(byte[] userData) {
    if (userData.length >= 2 && (userData[0] & 0xff) == 0x1f && (userData[1] & 0xff) == 0x8b) {
      return Optional.empty();
    }
    String text = new String(userData, StandardCharsets.UTF_8);
    int start = 0;
    while (start < text.length() && "\uFEFF \t\r\n".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    String stripped = text.substring(start);
    if (stripped.isEmpty()) {
      return Optional.of("user data is empty");
    }
    byte[] strippedBytes = stripped.getBytes(StandardCharsets.UTF_8);
    String head = new String(Arrays.copyOf(strippedBytes, Math.min(MIME_SCAN, strippedBytes.length)),
        StandardCharsets.UTF_8);
    if (head.toLowerCase(Locale.ROOT).contains("mime-version:")) {
      return Optional.empty();
    }
    String lower = stripped.toLowerCase(Locale.ROOT);
    for (String header : HEADERS) {
      if (lower.startsWith(header.toLowerCase(Locale.ROOT))) {
        return checkHeader(header, stripped);
      }
    }
    String firstLine = firstLine(stripped);
    if (MISSPELT_JINJA.matcher(firstLine).find()) {
      return Optional.of("user data starts with " + quotedFirstLine(firstLine) + ", and cloud-init reads a template"
          + " header only when it is spelled exactly \"## template: jinja\", so it will ignore the payload");
    }
    return Optional.of("user data starts with " + quotedFirstLine(firstLine) + " instead of a cloud-init header, so"
        + " cloud-init will ignore it; expected one of: #cloud-config, #cloud-config-archive, #cloud-config-jsonp,"
        + " #!, #include, #include-once, #cloud-boothook, #part-handler, #upstart-job, ## template: jinja,"
        + " MIME-Version:, Content-Type:");
  }

  private static Optional<String> checkHeader(String header, String text) {
    if (header.equals("#cloud-config")) {
      try {
        JsonNode node = YAML.readTree(text);
        if (node == null || node.isNull() || node.isMissingNode() || node.isObject()) {
          return Optional.empty();
        }
        return Optional.of("user data is not a valid cloud-config, so cloud-init will refuse it: error unmarshaling"
            + " JSON: json: cannot unmarshal " + jsonType(node) + " into Go value of type map[string]interface {}");
      } catch (Exception e) {
        return Optional.of("user data is not a valid cloud-config, so cloud-init will refuse it: "
            + firstLine(String.valueOf(e.getMessage())));
      }
    }
    if (header.equals("#cloud-config-archive") || header.equals("#cloud-config-jsonp")) {
      try {
        JsonNode node = YAML.readTree(text);
        if (node != null && node.isArray()) {
          return Optional.empty();
        }
        return Optional.of("user data declares " + header + " but is not a list of entries, so cloud-init will"
            + " refuse it: error unmarshaling JSON: json: cannot unmarshal "
            + (node == null || node.isMissingNode() || node.isNull() ? "null" : jsonType(node))
            + " into Go value of type []interface {}");
      } catch (Exception e) {
        return Optional.of("user data declares " + header + " but is not a list of entries, so cloud-init will"
            + " refuse it: " + firstLine(String.valueOf(e.getMessage())));
      }
    }
    return Optional.empty();
  }

  private static String jsonType(JsonNode node) {
    if (node.isArray()) {
      return "array";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    if (node.isObject()) {
      return "object";
    }
    return "string";
  }

  private static String firstLine(String text) {
    int lf = text.indexOf('\n');
    String line = lf < 0 ? text : text.substring(0, lf);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  static String quotedFirstLine(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > QUOTE_LIMIT) {
      return GoQuote.quote(Arrays.copyOf(bytes, QUOTE_LIMIT)) + "...";
    }
    return GoQuote.quote(bytes);
  }
}
