package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MaxItems;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of a {@link VirtualMachineClass}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineClassSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineClassSpec.class)
@JsonPropertyOrder({"cpu", "nodeSelector", "sizingPolicies", "tolerations"})
public interface VirtualMachineClassSpec extends WithVirtualMachineClassSpec {
  /** @return the virtual CPU type; immutable once created */
  @Valid ClassCpu cpu();

  /** @return the nodes VMs of this class may run on */
  Optional<@Valid LabelSelector> nodeSelector();

  /** @return the sizing policies, each for a range of cores */
  @MaxItems(16)
  List<@Valid SizingPolicy> sizingPolicies();

  /** @return tolerations added to every VM of the class */
  List<@Valid Toleration> tolerations();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineClassSpec.Builder builder() {
    return ImmutableVirtualMachineClassSpec.builder();
  }
}
