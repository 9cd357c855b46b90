package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network interface of a VM ({@code spec.networks[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNetworkInterface.class)
@JsonDeserialize(as = ImmutableNetworkInterface.class)
@JsonPropertyOrder({"id", "type", "name", "virtualMachineMACAddressName", "ipAddressName"})
public interface NetworkInterface extends WithNetworkInterface {
  /** @return the interface id; DVP assigns 1 to {@code Main} and 2.. to the others when absent */
  Optional<Integer> id();

  /** @return {@code Main}, {@code Network} or {@code ClusterNetwork} */
  @KnownValue
  NetworkType type();

  /** @return the network's name; absent for {@code Main} */
  Optional<@MinLength(1) String> name();

  /** @return the VirtualMachineMACAddress to use */
  Optional<@MinLength(1) String> virtualMachineMACAddressName();

  /** @return the sdn IPAddress to use for a static address */
  Optional<@MinLength(1) String> ipAddressName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNetworkInterface.Builder builder() {
    return ImmutableNetworkInterface.builder();
  }
}
