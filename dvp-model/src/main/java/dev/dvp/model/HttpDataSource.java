package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Pattern;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file on an HTTP/HTTPS server that fills an image or disk ({@code spec.dataSource.http}): qcow2, vmdk, vdi, iso or
 * raw, optionally gz or xz compressed.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHttpDataSource.class)
@JsonDeserialize(as = ImmutableHttpDataSource.class)
@JsonPropertyOrder({"caBundle", "checksum", "url"})
@Rules(HttpDataSourceRules.class)
public interface HttpDataSource extends WithHttpDataSource {
  /** @return the CA chain, Base64, to verify the server */
  Optional<String> caBundle();

  /** @return checksums the downloaded file must all match */
  Optional<@Valid Checksum> checksum();

  /** @return the file's URL */
  @Pattern("^http[s]?:\\/\\/(?:[a-zA-Z]|[0-9]|[$-_@.&+]|[!*\\(\\),]|(?:%[0-9a-fA-F][0-9a-fA-F]))+$")
  String url();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableHttpDataSource.Builder builder() {
    return ImmutableHttpDataSource.builder();
  }

  /**
   * Returns a source without checksum or CA bundle.
   *
   * @param url the file's URL
   * @return the source
   */
  static HttpDataSource of(String url) {
    return builder().url(url).build();
  }
}
