package dev.dvp.change;

/** DVP's CPU arithmetic the change rules need: sockets by core count, core fraction parsing, the CPU request. */
final class CpuRules {
  private CpuRules() {}

  /** Sockets DVP gives a VM ({@code pkg/common/vm/vm.go}): up to 16 cores 1, up to 32 2, up to 64 4, else 8. */
  static int sockets(int cores) {
    if (cores <= 16) {
      return 1;
    } else if (cores <= 32) {
      return 2;
    } else if (cores <= 64) {
      return 4;
    }
    return 8;
  }

  /** Whether the text is a percentage {@code 1%..100%} without leading zeros. */
  static boolean isPercentage(String text) {
    return percent(text) > 0;
  }

  /** The percentage of a {@code "N%"} text, or -1 when it is not one in 1..100. */
  static int percent(String text) {
    int n = text.length();
    if (n < 2 || n > 4 || text.charAt(n - 1) != '%' || text.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value >= 1 && value <= 100 ? value : -1;
  }

  /**
   * Whether a pod with this core fraction is Guaranteed: exactly 100% or empty. Below 100% is Burstable; an
   * unparsable fraction counts as not Guaranteed.
   */
  static boolean guaranteed(String coreFraction) {
    return coreFraction.isEmpty() || percent(coreFraction) == 100;
  }

  /**
   * The CPU request in millicores ({@code kvbuilder.GetCPURequest}): cores × fraction, or whole cores when the
   * fraction is empty or unparsable or the product is 0.
   */
  static long requestMillis(int cores, String coreFraction) {
    int percent = coreFraction.isEmpty() ? -1 : percent(coreFraction);
    long millis = percent < 0 ? 0 : (long) cores * 1000L * percent / 100L;
    return millis == 0 ? cores * 1000L : millis;
  }
}
