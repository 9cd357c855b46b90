package dev.dvp.placement;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How the scheduler chooses among nodes with the same highest total score (kube-scheduler's {@code selectHost} in
 * {@code pkg/scheduler/schedule_one.go}).
 *
 * <p>kube-scheduler's {@code selectHost} picks uniformly at random among the maxima (reservoir sampling);
 * {@link #random(RandomGenerator)} does the same with a generator the caller seeds. {@link #byName()} takes the
 * first tied node in name order, so results do not depend on chance. Either way the result lists all tied nodes.
 *
 * <p>A random tie-break draws from the generator it holds, so it is as thread-safe as that generator (usually not).
 */
public final class TieBreak {
  private static final TieBreak BY_NAME = new TieBreak(null);

  private final RandomGenerator random;

  private TieBreak(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Returns the deterministic tie-break: the first tied node in name order.
   *
   * @return the tie-break
   */
  public static TieBreak byName() {
    return BY_NAME;
  }

  /**
   * Returns kube-scheduler's tie-break: uniform among the tied nodes, drawn from this generator.
   *
   * @param random a seeded generator, e.g. {@code new SplittableRandom(42)}
   * @return the tie-break
   */
  public static TieBreak random(RandomGenerator random) {
    return new TieBreak(Objects.requireNonNull(random, "random: expected a RandomGenerator"));
  }

  /**
   * Returns the generator of a random tie-break.
   *
   * @return the generator; empty for {@link #byName()}
   */
  public Optional<RandomGenerator> generator() {
    return Optional.ofNullable(random);
  }

  /** Picks one of {@code count} tied candidates (given in name order); reservoir sampling as in selectHost. */
  int pick(int count) {
    if (random == null || count <= 1) {
      return 0;
    }
    int chosen = 0;
    for (int seen = 2; seen <= count; seen++) {
      if (random.nextInt(seen) == 0) {
        chosen = seen - 1;
      }
    }
    return chosen;
  }

  @Override
  public String toString() {
    return random == null ? "byName" : "random";
  }
}
