package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.examples.district.CompetentUnits;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class path a host gets from governance-rules, which this module's is: without Apache POI,
 * commons-codec, Drools' kmodule.xml support and XStream, or protobuf, the engine loads its
 * precompiled rules, compiles an integrator folder with a CSV decision table, and routes.
 */
class HostClassPathTest {

  private static final Path INTEGRATOR_RULES = Path.of("src/test/resources/integrator-guide/rules");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.apache.poi.ss.usermodel.Workbook",
        "org.apache.commons.codec.binary.Base64",
        "com.thoughtworks.xstream.XStream",
        "com.google.protobuf.Message",
        "org.drools.xml.support.converters.KieModuleMarshaller"
      })
  void aLibraryTheEngineDoesNotNeedIsNotOnTheClassPath(String className) {
    assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theEngineLoadsACsvIntegratorTableAndRoutesWithoutThem() {
    Territory territory =
        new HierarchyJson()
            .read(
                """
                {"district": {"code": "110101", "name": "东城区"},
                 "streets": [{"code": "110101001", "name": "东华门街道", "communities": [
                   {"code": "110101001001", "name": "多福巷社区居委会"},
                   {"code": "110101001002", "name": "银闸社区居委会"}]}]}
                """
                    .getBytes(StandardCharsets.UTF_8),
                "dongcheng.json")
            .territory();
    PopulatedDistrict district = DistrictPopulation.toReportFigures(territory, 3L);
    GovernanceEngine engine = GovernanceEngine.builder().rules(INTEGRATOR_RULES).build();
    Report report =
        new Report(
            WorkOrderId.of("WO-1"),
            Origin.demand(DemandId.of("D-1")),
            Category.of("SERVICE_DISPUTE"),
            MatterKind.AUTONOMY,
            Urgency.ROUTINE,
            Channel.CALL_GROUP,
            district.snapshot().territory().grids().iterator().next().code(),
            Optional.empty(),
            "楼上漏水");
    WorkOrder order =
        WorkOrder.report(report, Actor.system("test"), Instant.parse("2024-03-05T02:00:00Z"), "");

    RoutingDecision decision =
        Routing.on(engine)
            .route(
                DistrictContext.of(district.snapshot(), CompetentUnits.of(district.snapshot())),
                order);

    assertThat(engine.replacements()).anyMatch(r -> r.contains("sla.drl.csv replaces"));
    assertThat(
            Escalation.on(engine)
                .timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT)
                .rule())
        .startsWith("urgent orders are accepted within 2 working hours");
    assertThat(decision.responsible().reference()).isNotBlank();
    assertThat(decision.rule()).isNotBlank();
  }
}
