package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The CPU topology of a running VM ({@code status.resources.cpu.topology}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpuTopologyStatus.class)
@JsonDeserialize(as = ImmutableCpuTopologyStatus.class)
@JsonPropertyOrder({"sockets", "coresPerSocket"})
public interface CpuTopologyStatus extends WithCpuTopologyStatus {
  /** @return the number of sockets */
  int sockets();

  /** @return the number of cores per socket */
  int coresPerSocket();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCpuTopologyStatus.Builder builder() {
    return ImmutableCpuTopologyStatus.builder();
  }

  /**
   * Returns a topology block.
   *
   * @param sockets the number of sockets
   * @param coresPerSocket the number of cores per socket
   * @return the block
   */
  static CpuTopologyStatus of(int sockets, int coresPerSocket) {
    return builder().sockets(sockets).coresPerSocket(coresPerSocket).build();
  }
}
