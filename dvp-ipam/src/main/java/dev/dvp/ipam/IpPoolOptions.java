package dev.dvp.ipam;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How an {@link IpPool} behaves: allocation order, the random source for {@link AllocationOrder#RANDOM}, the
 * retention of released leases, the clock, and whether DVP's harmful quirks are guarded against (the default) or
 * reproduced ({@link Builder#fidelity(boolean)}).
 *
 * <pre>{@code
 * IpPoolOptions options = IpPoolOptions.builder()
 *     .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
 *     .retention(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe (the clock and the random generator are shared as given; a pool uses its generator
 * only under its own lock).
 */
public final class IpPoolOptions {
  /** DVP's retention of released IP leases ({@code VIRTUAL_MACHINE_IP_LEASES_RETENTION_DURATION}, {@code 10m}). */
  public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

  private static final IpPoolOptions DEFAULTS = builder().build();

  private final AllocationOrder order;
  private final Optional<RandomGenerator> random;
  private final Duration retention;
  private final Clock clock;
  private final boolean fidelity;
  private final boolean rejectMisaligned;

  private IpPoolOptions(Builder b) {
    this.order = b.order;
    this.random = b.random;
    this.retention = b.retention;
    this.clock = b.clock;
    this.fidelity = b.fidelity;
    this.rejectMisaligned = b.rejectMisaligned;
  }

  /**
   * Returns DVP's defaults: lowest free address, 10 minutes' retention, the system clock in UTC, harm guards on.
   *
   * @return the defaults
   */
  public static IpPoolOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.order = order;
    b.random = random;
    b.retention = retention;
    b.clock = clock;
    b.fidelity = fidelity;
    b.rejectMisaligned = rejectMisaligned;
    return b;
  }

  /** @return the allocation order */
  public AllocationOrder order() {
    return order;
  }

  /** @return the random source of {@link AllocationOrder#RANDOM}; empty for DVP's order */
  public Optional<RandomGenerator> random() {
    return random;
  }

  /** @return how long a released lease is kept before it is deleted */
  public Duration retention() {
    return retention;
  }

  /** @return the clock that stamps releases and expires leases */
  public Clock clock() {
    return clock;
  }

  /** @return whether DVP's quirks are reproduced instead of guarded against */
  public boolean fidelity() {
    return fidelity;
  }

  /** @return whether a CIDR whose address is not aligned to its mask is refused */
  public boolean rejectMisaligned() {
    return rejectMisaligned;
  }

  /** Builds {@link IpPoolOptions}. Not thread-safe. */
  public static final class Builder {
    private AllocationOrder order = AllocationOrder.LOWEST_FREE;
    private Optional<RandomGenerator> random = Optional.empty();
    private Duration retention = DEFAULT_RETENTION;
    private Clock clock = Clock.systemUTC();
    private boolean fidelity;
    private boolean rejectMisaligned;

    private Builder() {}

    /**
     * Chooses DVP's lowest-free order.
     *
     * @return this builder
     */
    public Builder lowestFree() {
      this.order = AllocationOrder.LOWEST_FREE;
      this.random = Optional.empty();
      return this;
    }

    /**
     * Chooses a random free address for every automatic claim.
     *
     * @param random a seeded generator, e.g. {@code RandomGeneratorFactory.of("L64X128MixRandom").create(42)}
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Optional.of(Objects.requireNonNull(random, "random"));
      this.order = AllocationOrder.RANDOM;
      return this;
    }

    /**
     * Sets the retention of released leases.
     *
     * @param retention a non-negative duration; DVP's default is 10 minutes
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder retention(Duration retention) {
      if (retention == null || retention.isNegative()) {
        throw new IllegalArgumentException("retention must be a duration of zero or more, e.g. PT10M; got "
            + retention);
      }
      this.retention = retention;
      return this;
    }

    /**
     * Sets the retention from Go duration text, as DVP reads {@code VIRTUAL_MACHINE_IP_LEASES_RETENTION_DURATION};
     * empty text means DVP's default {@code 10m}.
     *
     * @param goDuration e.g. {@code "10m"}, {@code "1h30m"}, {@code "90s"}
     * @return this builder
     * @throws IllegalArgumentException with DVP's {@code parse retention duration: ...} message when unreadable
     */
    public Builder retention(String goDuration) {
      return retention(goDuration.isEmpty() ? DEFAULT_RETENTION : GoDuration.parse(goDuration));
    }

    /**
     * Sets the clock.
     *
     * @param clock the time source, e.g. a fixed or offset clock in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Reproduces DVP's quirks instead of guarding against them: a /32 entry is offered by automatic allocation and
     * then jams it ({@code The IP address "" is out of the valid range.}).
     *
     * @param fidelity {@code true} to reproduce DVP
     * @return this builder
     */
    public Builder fidelity(boolean fidelity) {
      this.fidelity = fidelity;
      return this;
    }

    /**
     * Refuses CIDRs whose address is not aligned to the mask (the documented requirement DVP does not enforce).
     *
     * @param reject {@code true} to refuse them
     * @return this builder
     */
    public Builder rejectMisaligned(boolean reject) {
      this.rejectMisaligned = reject;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public IpPoolOptions build() {
      return new IpPoolOptions(this);
    }
  }
}
