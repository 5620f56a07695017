package org.gridgov.core.architecture;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Freezes the public API of governance-core: every package is API. */
class PublicApiTest {

  private static final PublicApi API = PublicApi.of("governance-core", Map.of());

  @Test
  void thePublicApiIsTheFrozenOne() {
    API.assertUnchanged();
  }

  @Test
  void everyPackageHasItsJavadoc() {
    API.assertEveryPackageDocumented();
  }
}
