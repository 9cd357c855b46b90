package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes Service ({@code v1}): a stable name and address in front of the pods its selector picks; for DVP, the
 * launcher pods of running VMs. See {@code dev.dvp.services.ServiceSelection} (module dvp-controllers) for which VMs back it.
 * <pre>{@code
 * Service svc = Service.builder()
 *     .metadata(ObjectMeta.named("linux-vm-nginx"))
 *     .spec(ServiceSpec.builder().putSelector("app", "nginx").addPorts(ServicePort.of(80, IntOrString.of(80))).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface Service extends Resource, WithService {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "v1";

  /** The {@code kind}. */
  String KIND = "Service";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the desired state */
  @Valid ServiceSpec spec();

  /** @return the observed state */
  Optional<@Valid ServiceStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }
}
