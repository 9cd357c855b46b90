package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSetTest {
  private static Resource generic(String kind, String name) {
    return GenericResource.builder().apiVersion("v1").kind(kind).metadata(ObjectMeta.builder().name(name).build())
        .build();
  }

  private static Secret secret(String name) {
    return Secret.builder().metadata(ObjectMeta.builder().name(name).build()).build();
  }

  @Test
  void withoutLeavesOutExactlyThatObject() {
    Secret a = secret("a");
    Secret b = secret("b");
    Resource sc = generic("StorageClass", "fast");
    ResourceSet set = ResourceSet.of(List.of(a, sc, b));
    ResourceSet others = set.without(sc);
    assertThat(others.all()).containsExactly(a, b);
    assertThat(others.ofKind("StorageClass")).isEmpty();
    assertThat(others.find("StorageClass", "", "fast")).isEmpty();
    assertThat(others.ofType(Secret.class)).containsExactly(a, b);
    assertThat(set.without(a).find(Secret.class, "default", "a")).isEmpty();
    assertThat(set.without(a).find("Secret", "default", "b")).contains(b);
    assertThat(set.ofKind("StorageClass")).containsExactly(sc);
  }

  @Test
  void aSecondObjectOfTheSameNameIsStillFound() {
    Secret first = secret("a");
    Secret second = secret("a");
    ResourceSet set = ResourceSet.of(List.of(first, second));
    assertThat(set.without(first).find("Secret", "default", "a").get()).isSameAs(second);
    assertThat(set.without(second).find("Secret", "", "a").get()).isSameAs(first);
  }

  @Test
  void withoutNeedsAnObjectOfTheWholeSet() {
    Secret a = secret("a");
    ResourceSet set = ResourceSet.of(List.of(a, secret("b")));
    assertThatThrownBy(() -> set.without(secret("a"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.without(a).without(a)).isInstanceOf(IllegalArgumentException.class);
  }
}
