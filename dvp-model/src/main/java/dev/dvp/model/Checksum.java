package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MaxLength;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Checksums a downloaded or uploaded file must all match ({@code dataSource.http.checksum},
 * {@code dataSource.upload.checksum}); each is lower- or upper-case hex of its fixed length.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecksum.class)
@JsonDeserialize(as = ImmutableChecksum.class)
@JsonPropertyOrder({"md5", "sha1", "sha256", "sha512", "streebog256", "streebog512"})
public interface Checksum extends WithChecksum {
  /** @return MD5 */
  Optional<@MinLength(32) @MaxLength(32) @Pattern("^[0-9a-fA-F]{32}$") String> md5();

  /** @return SHA-1 */
  Optional<@MinLength(40) @MaxLength(40) @Pattern("^[0-9a-fA-F]{40}$") String> sha1();

  /** @return SHA-256 */
  Optional<@MinLength(64) @MaxLength(64) @Pattern("^[0-9a-fA-F]{64}$") String> sha256();

  /** @return SHA-512 */
  Optional<@MinLength(128) @MaxLength(128) @Pattern("^[0-9a-fA-F]{128}$") String> sha512();

  /** @return GOST R 34.11-2012 (Streebog), 256 bits */
  Optional<@MinLength(64) @MaxLength(64) @Pattern("^[0-9a-fA-F]{64}$") String> streebog256();

  /** @return GOST R 34.11-2012 (Streebog), 512 bits */
  Optional<@MinLength(128) @MaxLength(128) @Pattern("^[0-9a-fA-F]{128}$") String> streebog512();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableChecksum.Builder builder() {
    return ImmutableChecksum.builder();
  }
}
