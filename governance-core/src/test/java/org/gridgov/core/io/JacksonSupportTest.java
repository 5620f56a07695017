package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The loaders run on Jackson 2.15 or later and refuse an older one with the minimum named. */
class JacksonSupportTest {

  private static Version v(int major, int minor) {
    return new Version(major, minor, 0, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void theJacksonOnTheClassPathIsSupported() {
    assertThat(JacksonSupport.check()).isNull();
  }

  @Test
  void aJacksonOlderThanTheMinimumIsRefusedWithTheMinimumNamed() {
    assertThat(JacksonSupport.check(v(2, 14), v(2, 14)))
        .contains("need Jackson 2.15 or later")
        .contains("found jackson-core 2.14.0");
  }

  @Test
  void aDatabindOlderThanTheMinimumIsRefusedEvenWithANewCore() {
    assertThat(JacksonSupport.check(v(2, 19), v(2, 12))).contains("jackson-databind 2.12.0");
  }

  @Test
  void theMinimumAndLaterAreSupported() {
    assertThat(JacksonSupport.check(v(2, 15), v(2, 15))).isNull();
    assertThat(JacksonSupport.check(v(2, 23), v(2, 23))).isNull();
  }
}
