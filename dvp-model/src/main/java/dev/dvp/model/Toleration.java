package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A toleration ({@code spec.tolerations[]}): which node taints the VM accepts.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableToleration.class)
@JsonDeserialize(as = ImmutableToleration.class)
@JsonPropertyOrder({"key", "operator", "value", "effect", "tolerationSeconds"})
public interface Toleration extends WithToleration {
  /** @return the taint key; absent with {@code Exists} matches every key */
  Optional<String> key();

  /** @return {@code Equal} (the default) or {@code Exists} */
  Optional<TolerationOperator> operator();

  /** @return the value for {@code Equal} */
  Optional<String> value();

  /** @return the effect to match; absent matches every effect */
  Optional<TaintEffect> effect();

  /** @return how long a {@code NoExecute} taint is tolerated */
  Optional<Long> tolerationSeconds();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableToleration.Builder builder() {
    return ImmutableToleration.builder();
  }

  /**
   * Tells whether this toleration tolerates a taint, with Kubernetes' {@code ToleratesTaint} semantics.
   *
   * @param taint the node's taint
   * @return {@code true} when effect, key and value match
   */
  default boolean tolerates(Taint taint) {
    if (effect().isPresent() && !effect().get().value().isEmpty() && !effect().get().equals(taint.effect())) {
      return false;
    }
    if (key().isPresent() && !key().get().isEmpty() && !key().get().equals(taint.key())) {
      return false;
    }
    String op = operator().map(TolerationOperator::value).orElse("");
    if (op.isEmpty() || op.equals(TolerationOperator.EQUAL.value())) {
      return value().orElse("").equals(taint.value().orElse(""));
    }
    return op.equals(TolerationOperator.EXISTS.value());
  }
}
