package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The VirtualMachine CRD's rules on {@code spec.provisioning}: the {@code oneOf} that pairs each {@code type} with
 * exactly its own source field, and the CEL limit on {@code userData}.
 *
 * <p>The 2048 limit counts Unicode code points (CEL {@code size()} of a string), not bytes, although the message
 * says "byte": 2048 Cyrillic letters pass. The {@code oneOf} failure has no DVP text; the message is the API
 * server's generic one.
 */
final class ProvisioningRules implements SchemaRule<Provisioning> {
  static final int USER_DATA_LIMIT = 2048;
  static final String USER_DATA_TOO_LONG =
      "`userData` exceeds 2048 byte limit; should use `userDataRef` for larger data.";
  static final String ONE_OF = "must validate one and only one schema (oneOf). Found none valid";

  @Override
  public List<RuleFailure> check(Provisioning provisioning) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (!matchesExactlyOneBranch(provisioning)) {
      failures.add(RuleFailure.of(ONE_OF));
    }
    provisioning.userData().ifPresent(text -> {
      if (text.codePointCount(0, text.length()) > USER_DATA_LIMIT) {
        failures.add(RuleFailure.cel("userData", "string", USER_DATA_TOO_LONG));
      }
    });
    return failures;
  }

  private static boolean matchesExactlyOneBranch(Provisioning p) {
    boolean userData = p.userData().isPresent();
    boolean userDataRef = p.userDataRef().isPresent();
    boolean sysprepRef = p.sysprepRef().isPresent();
    ProvisioningType type = p.type();
    if (type.equals(ProvisioningType.USER_DATA)) {
      return userData && !userDataRef && !sysprepRef;
    } else if (type.equals(ProvisioningType.USER_DATA_REF)) {
      return userDataRef && !userData && !sysprepRef;
    } else if (type.equals(ProvisioningType.SYSPREP_REF)) {
      return sysprepRef && !userData && !userDataRef;
    }
    // An unknown type fails its enum, reported on its own; oneOf then fails as well, as in the API server.
    return false;
  }
}
