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
 * Data the user uploads ({@code spec.dataSource.upload}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUploadDataSource.class)
@JsonDeserialize(as = ImmutableUploadDataSource.class)
@JsonPropertyOrder({"checksum"})
public interface UploadDataSource extends WithUploadDataSource {
  /** @return checksums of the uploaded file, computed over the bytes the client sends */
  Optional<@Valid Checksum> checksum();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableUploadDataSource.Builder builder() {
    return ImmutableUploadDataSource.builder();
  }
}
