package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes Secret ({@code v1}): named pieces of data, Base64 in {@code data} or plain text in {@code stringData}.
 * DVP reads provisioning Secrets of type {@link #CLOUD_INIT_TYPE} (key {@code userdata} or {@code userData}) and
 * {@link #SYSPREP_TYPE} (key {@code autounattend.xml} or {@code unattend.xml}), looking the keys up in that order.
 * <pre>{@code
 * Secret secret = Secret.cloudInit(ObjectMeta.named("cloud-init-example"), "#cloud-config\nssh_pwauth: true\n");
 * Optional<String> script = secret.decodedText("userData");
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecret.class)
@JsonDeserialize(as = ImmutableSecret.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "immutable", "data", "stringData", "type"})
@Rules(SecretRules.class)
public interface Secret extends Resource, WithSecret {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "v1";

  /** The {@code kind}. */
  String KIND = "Secret";

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

  /** @return whether the data can no longer change */
  Optional<Boolean> immutable();

  /** @return the data, each value Base64 text as written in the manifest */
  Map<String, String> data();

  /** @return plain-text data; the API server merges it into {@code data}, overriding equal keys */
  Map<String, String> stringData();

  /** @return the Secret type; Kubernetes defaults it to {@code Opaque} */
  Optional<String> type();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableSecret.Builder builder() {
    return ImmutableSecret.builder();
  }

  /** The type DVP reads cloud-init from ({@code spec.provisioning.userDataRef}). */
  String CLOUD_INIT_TYPE = "provisioning.virtualization.deckhouse.io/cloud-init";

  /** The type DVP reads Sysprep answer files from ({@code spec.provisioning.sysprepRef}). */
  String SYSPREP_TYPE = "provisioning.virtualization.deckhouse.io/sysprep";

  /** The Kubernetes default type. */
  String OPAQUE_TYPE = "Opaque";

  /** The keys DVP reads cloud-init from, in its lookup order: {@code userdata}, then {@code userData}. */
  List<String> CLOUD_INIT_KEYS = List.of("userdata", "userData");

  /** The keys DVP reads Sysprep files from, in its lookup order: {@code autounattend.xml}, then {@code unattend.xml}. */
  List<String> SYSPREP_KEYS = List.of("autounattend.xml", "unattend.xml");

  /** @return {@link #type()}, or the Kubernetes default {@code Opaque} */
  @JsonIgnore
  default String typeOrDefault() {
    return type().orElse(OPAQUE_TYPE);
  }

  /**
   * Tells whether the Secret has a key, in {@code data} or {@code stringData}.
   *
   * @param key the key
   * @return {@code true} when either map has it
   */
  default boolean hasKey(String key) {
    return data().containsKey(key) || stringData().containsKey(key);
  }

  /**
   * Returns the first of these keys the Secret has, as DVP looks up provisioning data.
   *
   * @param keys the keys in lookup order, e.g. {@link #CLOUD_INIT_KEYS}
   * @return the first present key, or empty when none is
   */
  default Optional<String> firstKey(List<String> keys) {
    return keys.stream().filter(this::hasKey).findFirst();
  }

  /**
   * Returns the bytes of one key as the API server stores them: {@code stringData} wins over {@code data}, whose
   * Base64 text is decoded.
   *
   * @param key the key, e.g. {@code "userData"}
   * @return the bytes, or empty when neither map has the key
   * @throws IllegalArgumentException if the {@code data} value is not Base64 (validation reports it as well)
   */
  default Optional<byte[]> decoded(String key) {
    String plain = stringData().get(key);
    if (plain != null) {
      return Optional.of(plain.getBytes(StandardCharsets.UTF_8));
    }
    String encoded = data().get(key);
    if (encoded == null) {
      return Optional.empty();
    }
    if (!GoBase64.isValid(encoded)) {
      throw new IllegalArgumentException("data[" + key + "] of Secret " + name() + " is not Base64: "
          + SecretRules.base64Message(encoded) + ". Maybe the value was pasted unencoded; encode it, e.g. with "
          + "`base64 -w0`, or move it to stringData");
    }
    return Optional.of(Base64.getMimeDecoder().decode(encoded));
  }

  /**
   * Returns one key as UTF-8 text; see {@link #decoded(String)}.
   *
   * @param key the key
   * @return the text, or empty when neither map has the key
   * @throws IllegalArgumentException if the {@code data} value is not Base64
   */
  default Optional<String> decodedText(String key) {
    return decoded(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Returns a cloud-init provisioning Secret with the script Base64-encoded under {@code userData}, as the DVP
   * documentation writes it.
   *
   * @param metadata the Secret's metadata
   * @param userData the cloud-init script
   * @return the Secret
   */
  static Secret cloudInit(ObjectMeta metadata, String userData) {
    return builder().metadata(metadata).type(CLOUD_INIT_TYPE)
        .putData("userData", Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  /**
   * Returns a Sysprep provisioning Secret with the answer file Base64-encoded under {@code unattend.xml}, as the
   * DVP documentation writes it.
   *
   * @param metadata the Secret's metadata
   * @param unattendXml the answer file
   * @return the Secret
   */
  static Secret sysprep(ObjectMeta metadata, String unattendXml) {
    return builder().metadata(metadata).type(SYSPREP_TYPE)
        .putData("unattend.xml", Base64.getEncoder().encodeToString(unattendXml.getBytes(StandardCharsets.UTF_8)))
        .build();
  }
}
