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
 * One node selector term: its label expressions and field expressions must all hold. A term with no expression
 * matches no node (Kubernetes' rule for an empty term).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeSelectorTerm.class)
@JsonDeserialize(as = ImmutableNodeSelectorTerm.class)
@JsonPropertyOrder({"matchExpressions", "matchFields"})
public interface NodeSelectorTerm extends WithNodeSelectorTerm {
  /** @return requirements on node labels */
  List<@Valid NodeSelectorRequirement> matchExpressions();

  /** @return requirements on node fields; only {@code metadata.name} is supported */
  List<@Valid NodeSelectorRequirement> matchFields();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeSelectorTerm.Builder builder() {
    return ImmutableNodeSelectorTerm.builder();
  }

  /**
   * Tells whether a node matches this term.
   *
   * @param nodeLabels the node's labels
   * @param nodeName the node's name
   * @return {@code true} when the term has at least one expression and all hold
   */
  default boolean matches(Map<String, String> nodeLabels, String nodeName) {
    if (matchExpressions().isEmpty() && matchFields().isEmpty()) {
      return false;
    }
    for (NodeSelectorRequirement requirement : matchExpressions()) {
      if (!requirement.matches(nodeLabels.get(requirement.key()))) {
        return false;
      }
    }
    for (NodeSelectorRequirement requirement : matchFields()) {
      String field = "metadata.name".equals(requirement.key()) ? nodeName : null;
      if (field == null || !requirement.matches(field)) {
        return false;
      }
    }
    return true;
  }
}
