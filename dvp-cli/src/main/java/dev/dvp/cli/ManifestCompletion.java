package dev.dvp.cli;

import dev.dvp.model.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an editor may offer at a cursor in a YAML manifest: the field names the schema defines for the object the
 * cursor is in, the values an enumeration allows, and the names of the workspace's objects a reference field can
 * name (VirtualMachineClasses, disks and images, Secrets, VMs). Works on half-typed text: the object is found by
 * indentation, the kind from the document's {@code apiVersion} and {@code kind} lines.
 */
final class ManifestCompletion {
  /** One suggestion: the text to insert and whether it is a field (else a value). */
  record Suggestion(String label, boolean field, String detail) {}

  private static final Pattern KEY_PREFIX = Pattern.compile("^(\\s*)(- )?([A-Za-z0-9_.-]*)$");
  private static final Pattern VALUE_PREFIX = Pattern.compile("^(\\s*)(- )?([A-Za-z0-9_.-]+):\\s*([A-Za-z0-9_.-]*)$");
  private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:\\s*[\"']?([^\\s\"']+)");
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*[\"']?([^\\s\"']+)");

  private ManifestCompletion() {}

  /**
   * Suggests what may be written at a cursor.
   *
   * @param text the document's text
   * @param line 0-based line
   * @param character 0-based character
   * @param namesOfKind the names of the workspace's objects of a kind
   * @return the suggestions, fields in the schema's order, then values
   */
  static List<Suggestion> at(String text, int line, int character, Function<String, List<String>> namesOfKind) {
    String[] lines = text.split("\n", -1);
    if (line >= lines.length) {
      return List.of();
    }
    String prefix = lines[line].substring(0, Math.min(character, lines[line].length()));
    String segment = ManifestWorkspace.documentAt(text, line);
    Matcher av = API_VERSION.matcher(segment);
    Matcher k = KIND.matcher(segment);
    if (!av.find() || !k.find()) {
      return List.of();
    }
    String apiVersion = av.group(1);
    String kind = k.group(1);
    List<Suggestion> out = new ArrayList<>();
    Matcher value = VALUE_PREFIX.matcher(prefix);
    if (value.matches()) {
      int indent = value.group(1).length() + (value.group(2) == null ? 0 : 2);
      String parent = parentPath(text, lines, line, indent, value.group(2) != null);
      String key = value.group(3);
      String path = parent.isEmpty() ? key : parent + "." + key;
      for (String v : UnknownFields.valuesAt(apiVersion, kind, path)) {
        out.add(new Suggestion(v, false, "value of " + path));
      }
      referencedKind(key, path).ifPresent(target -> namesOfKind.apply(target)
          .forEach(n -> out.add(new Suggestion(n, false, target + " in the workspace"))));
      return out;
    }
    Matcher keyMatch = KEY_PREFIX.matcher(prefix);
    if (keyMatch.matches()) {
      int indent = keyMatch.group(1).length() + (keyMatch.group(2) == null ? 0 : 2);
      String parent = parentPath(text, lines, line, indent, keyMatch.group(2) != null);
      for (String f : UnknownFields.fieldsAt(apiVersion, kind, parent)) {
        out.add(new Suggestion(f, true, "field of " + (parent.isEmpty() ? kind : parent)));
      }
    }
    return out;
  }

  /** The kind of object a reference field names, by DVP's field names. */
  static Optional<String> referencedKind(String key, String path) {
    if (key.equals("virtualMachineClassName")) {
      return Optional.of("VirtualMachineClass");
    }
    if (key.equals("virtualMachineName")) {
      return Optional.of("VirtualMachine");
    }
    if (path.endsWith("userDataRef.name") || path.endsWith("sysprepRef.name")) {
      return Optional.of("Secret");
    }
    if (path.matches(".*blockDeviceRefs\\[\\d+]\\.name") || path.endsWith("blockDeviceRef.name")) {
      return Optional.of("VirtualDisk");
    }
    return Optional.empty();
  }

  /**
   * The path of the object a line at an indentation belongs to: the nearest key above it written further left,
   * with {@code [0]} when the line is (or sits in) an item of that key's list.
   */
  private static String parentPath(String text, String[] lines, int line, int indent, boolean listItem) {
    boolean inList = listItem;
    for (int l = line - 1; l >= 0; l--) {
      String t = lines[l];
      if (t.startsWith("---")) {
        return "";
      }
      String trimmed = t.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int lead = t.length() - t.stripLeading().length();
      boolean item = trimmed.startsWith("- ");
      int keyIndent = lead + (item ? 2 : 0);
      if (item && lead < indent && keyIndent == indent) {
        // A sibling key of the same list item, written on the item's first line.
        inList = true;
        continue;
      }
      if (keyIndent < indent && trimmed.endsWith(":")) {
        Optional<CursorPath.Hit> hit = CursorPath.at(text, l, keyIndent);
        String path = hit.map(CursorPath.Hit::path).orElse("");
        return inList ? path + "[0]" : path;
      }
      if (item && lead < indent) {
        inList = true;
      }
      if (lead == 0 && !item && indent > 0 && !trimmed.endsWith(":")) {
        return "";
      }
    }
    return "";
  }
}
