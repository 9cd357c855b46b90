package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A required node selector ({@code requiredDuringSchedulingIgnoredDuringExecution}): a node matches when at least
 * one of the terms matches it. No term matches no node.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeSelector.class)
@JsonDeserialize(as = ImmutableNodeSelector.class)
@JsonPropertyOrder({"nodeSelectorTerms"})
public interface NodeSelector extends WithNodeSelector {
  /** @return the terms, of which one must match */
  List<@Valid NodeSelectorTerm> nodeSelectorTerms();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeSelector.Builder builder() {
    return ImmutableNodeSelector.builder();
  }

  /**
   * Tells whether a node with these labels and this name matches.
   *
   * @param nodeLabels the node's labels
   * @param nodeName the node's name (for {@code matchFields} on {@code metadata.name})
   * @return {@code true} when some term matches
   */
  default boolean matches(Map<String, String> nodeLabels, String nodeName) {
    for (NodeSelectorTerm term : nodeSelectorTerms()) {
      if (term.matches(nodeLabels, nodeName)) {
        return true;
      }
    }
    return false;
  }
}
