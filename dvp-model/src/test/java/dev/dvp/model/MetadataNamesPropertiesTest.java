package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Object names over generated text: every DNS-1123 subdomain built label by label is accepted as a resource's name,
 * and one forbidden character anywhere in it gets it rejected at {@code metadata.name} with upstream's message.
 */
class MetadataNamesPropertiesTest {
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String FORBIDDEN = "ABCXYZ_!@#$%^&*()+=~/:;,?[]{} \"'\\яé";

  /** One lowercase RFC 1123 label: alphanumeric ends, dashes allowed inside, 1..40 characters. */
  static Gen<String> labels() {
    Gen<Character> ends = arbitrary().pick(chars(ALNUM));
    Gen<String> middle = lists().of(arbitrary().pick(chars(ALNUM + "---"))).ofSizeBetween(0, 38)
        .map(MetadataNamesPropertiesTest::join);
    Gen<Boolean> single = arbitrary().pick(true, false, false, false);
    return ends.zip(middle, ends, single, (first, mid, last, one) -> one ? String.valueOf(first)
        : first + mid + last);
  }

  /** One to five labels joined by dots: at most 5 × 40 + 4 = 204 characters, within 253. */
  static Gen<String> subdomains() {
    return lists().of(labels()).ofSizeBetween(1, 5).map(ls -> String.join(".", ls));
  }

  static VirtualMachine vm(String name) {
    return MetadataValidationTest.vm(name);
  }

  @Test
  void generatedSubdomainsAreValidNames() {
    qt().forAll(subdomains()).checkAssert(name -> {
      assertThat(KubernetesNames.dns1123Subdomain(name)).as(name).isEmpty();
      assertThat(MetadataValidationTest.metadata(vm(name))).as(name).isEmpty();
    });
  }

  @Test
  void generatedLabelsAreValidNamespaces() {
    qt().forAll(labels()).checkAssert(label -> assertThat(MetadataValidationTest.metadata(
        MetadataValidationTest.meta().namespace(label).build())).as(label).isEmpty());
  }

  @Test
  void oneForbiddenCharacterAnywhereRejectsTheName() {
    Gen<Character> bad = arbitrary().pick(chars(FORBIDDEN));
    qt().forAll(subdomains(), bad, integers().between(0, 1000)).checkAssert((name, c, at) -> {
      int position = at % (name.length() + 1);
      String broken = name.substring(0, position) + c + name.substring(position);
      assertThat(MetadataValidationTest.metadata(vm(broken))).as(broken).containsExactly("metadata.name: Invalid value: "
          + StructuralValidator.quote(broken) + ": " + MetadataValidationTest.SUBDOMAIN);
    });
  }

  @Test
  void labelKeysAndValuesOfGeneratedLabelsAreValid() {
    qt().forAll(subdomains(), labels(), labels()).checkAssert((prefix, name, value) -> assertThat(
        MetadataValidationTest.metadata(MetadataValidationTest.meta().putLabel(prefix + "/" + name, value).build()))
        .isEmpty());
  }

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).toList();
  }

  private static String join(List<Character> cs) {
    StringBuilder out = new StringBuilder(cs.size());
    cs.forEach(out::append);
    return out.toString();
  }
}
