package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.gridgov.rules.routing.RoutingFixtureAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's class path holds what it needs and no more: Drools' kmodule.xml support
 * (drools-xml-support, with XStream), its session serialisation (protobuf) and the libraries that
 * governance-rules excludes from Drools are not on it, and the engine still loads its precompiled
 * rules, routes, and compiles an integrator's CSV decision table. Apache POI is on this module's
 * test class path for the spreadsheet tests; that hosts go without it is tested in
 * governance-examples.
 */
class LeanClassPathTest {

  private static final Path DEFAULT_SLA =
      Path.of("src/main/resources/org/gridgov/rules/escalation/sla/sla.drl.csv");
  private static final String ROUTINE_ROW =
      "routine orders are accepted within 1 working day and resolved within 5 working days";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.thoughtworks.xstream.XStream",
        "com.google.protobuf.Message",
        "org.drools.xml.support.converters.KieModuleMarshaller"
      })
  void aLibraryTheEngineDoesNotNeedIsNotOnTheClassPath(String className) {
    assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theEngineRoutesAndLoadsACsvIntegratorTableWithoutThem(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("sla.drl.csv"),
        Files.readString(DEFAULT_SLA)
            .lines()
            .map(
                l ->
                    l.startsWith(ROUTINE_ROW + ",")
                        ? "routine orders are resolved within 10 working days here,ROUTINE,,"
                            + "\"days(1), days(10), 0\","
                        : l)
            .reduce("", (a, b) -> a + b + "\n"));

    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    RoutingDecision decision =
        Routing.on(engine)
            .route(
                RoutingFixtureAccess.district(),
                RoutingFixtureAccess.order(
                    "WO-1", "SERVICE_PROPERTY", MatterKind.AUTONOMY, Urgency.ROUTINE));

    assertThat(decision.rule()).isNotBlank();
    assertThat(decision.responsible().reference()).isNotBlank();
    assertThat(
            Escalation.on(engine)
                .timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE)
                .rule())
        .isEqualTo("routine orders are resolved within 10 working days here");
    assertThat(RuleBase.class.getClassLoader().getResource(RuleBase.MODEL_INDEX)).isNotNull();
  }
}
