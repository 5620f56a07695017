package org.gridgov.examples.architecture;

import java.util.Map;
import org.gridgov.core.architecture.PublicApi;
import org.junit.jupiter.api.Test;

/** Freezes the public API of governance-examples: every package is API. */
class PublicApiTest {

  private static final PublicApi API = PublicApi.of("governance-examples", Map.of());

  @Test
  void thePublicApiIsTheFrozenOne() {
    API.assertUnchanged();
  }

  @Test
  void everyPackageHasItsJavadoc() {
    API.assertEveryPackageDocumented();
  }
}
