package org.gridgov.rules.architecture;

import java.util.Map;
import org.gridgov.core.architecture.PublicApi;
import org.junit.jupiter.api.Test;

/** Freezes the public API of governance-rules, all but its internal packages. */
class PublicApiTest {

  private static final PublicApi API =
      PublicApi.of(
          "governance-rules",
          Map.of(
              "org.gridgov.rules.engine",
              "the engine behind GovernanceEngine; hosts use GovernanceEngine",
              "org.gridgov.rules.fact.trace",
              "the routing memo's trace of what rules read; outside the allow-list"));

  @Test
  void thePublicApiIsTheFrozenOne() {
    API.assertUnchanged();
  }

  @Test
  void everyPackageHasItsJavadoc() {
    API.assertEveryPackageDocumented();
  }
}
