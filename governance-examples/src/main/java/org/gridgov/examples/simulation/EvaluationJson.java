package org.gridgov.examples.simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.evaluation.RoleKpi;
import org.gridgov.rules.evaluation.RoleKpiLine;
import org.gridgov.rules.fact.KpiShortfall;

/**
 * The parts of report.json that explain the evaluation: every weak-grid finding with the KPIs that
 * pulled its grid down, the first secretaries recommended and reviewed, the stars of each quarter,
 * and the role KPIs (岗位考核指标) per role and subject.
 */
final class EvaluationJson {

  private final SimulationResult result;
  private final Locale locale;

  EvaluationJson(SimulationResult result, Locale locale) {
    this.result = result;
    this.locale = locale;
  }

  /**
   * Adds {@code findings}, {@code firstSecretaryRecommendations}, {@code firstSecretaryReviews} and
   * {@code starsByQuarter} to the evaluation node, and {@code roleKpis} to the root.
   */
  void addTo(ObjectNode root, ObjectNode evaluation) {
    ArrayNode findings = evaluation.putArray("findings");
    ArrayNode recommendations = evaluation.putArray("firstSecretaryRecommendations");
    ArrayNode reviews = evaluation.putArray("firstSecretaryReviews");
    ArrayNode starsByQuarter = evaluation.putArray("starsByQuarter");
    for (EvaluationReport q : result.quarters()) {
      q.weakGrids().forEach(w -> finding(findings.addObject(), w));
      for (FirstSecretaryRecommendation r : q.firstSecretaries()) {
        ObjectNode n = recommendations.addObject();
        n.put("quarter", r.quarter().toString());
        n.put("grid", r.grid().value());
        if (r.unit().isPresent()) {
          n.put("unit", r.unit().get().value());
          n.put("unitName", r.unitName());
        } else {
          n.putNull("unit");
          n.putNull("unitName");
        }
        n.put("why", r.why());
        n.put("explanation", r.describe(locale));
        n.put("rule", r.rule());
      }
      for (FirstSecretaryReview r : q.firstSecretaryReviews()) {
        ObjectNode n = reviews.addObject();
        n.put("quarter", r.quarter().toString());
        n.put("grid", r.grid().value());
        n.put("person", r.person().value());
        n.put("unit", r.unit().value());
        n.put("since", r.since().toString());
        n.put("quartersServed", r.quartersServed());
        n.put("score", r.score());
        n.put("fall", round(r.fall()));
        n.put("progress", r.progress().name());
        n.put("rule", r.rule());
      }
      ObjectNode quarter = starsByQuarter.addObject();
      quarter.put("quarter", q.quarter().toString());
      quarter.put("stars", q.stars().size());
      quarter.put("communities", q.stars().stream().map(s -> s.community()).distinct().count());
      ArrayNode stars = quarter.putArray("list");
      for (GridServiceStar s : q.stars()) {
        ObjectNode n = stars.addObject();
        n.put("community", s.community().value());
        n.put("grid", s.grid().value());
        n.put("person", s.person().value());
        n.put("role", s.role().name());
        n.put("rank", s.rank());
        n.put("points", s.points());
        n.put("resolvedOnTime", s.resolvedOnTime());
        n.put("ratings", s.ratedOrders());
        n.put("praised", s.praised());
        n.put("rule", s.rule());
      }
    }
    roles(root.putArray("roleKpis"));
  }

  private void finding(ObjectNode n, WeakGrid w) {
    n.put("quarter", w.quarter().toString());
    n.put("grid", w.grid().value());
    n.put("reason", w.reason().name());
    n.put("score", w.score());
    n.put("basis", w.evidence().basis().name());
    n.put("dueOrders", w.evidence().dueOrders());
    if (w.evidence().previousScore().isPresent()) {
      n.put("previousScore", w.evidence().previousScore().getAsDouble());
    } else {
      n.putNull("previousScore");
    }
    ArrayNode pulled = n.putArray("pulledDownBy");
    for (KpiShortfall s : w.evidence().pulledDownBy()) {
      ObjectNode k = pulled.addObject();
      k.put("kpi", s.kpi().name());
      k.put("chineseName", s.kpi().chineseName());
      k.put("count", s.count());
      k.put("of", s.of());
      k.put("pointsLost", round(s.pointsLost()));
      k.put("text", s.describe(locale));
    }
    n.put("rule", w.rule());
  }

  private void roles(ArrayNode lines) {
    for (RoleKpiLine line : result.roleKpis()) {
      ObjectNode n = lines.addObject();
      n.put("role", line.role().name());
      n.put("roleChinese", line.role().chineseName());
      n.put("kind", line.kind());
      n.put("subject", line.reference());
      n.put("name", line.name());
      n.put("dispatches", line.counts().dispatches());
      ObjectNode kpis = n.putObject("kpis");
      for (RoleKpi kpi : RoleKpi.values()) {
        if (kpi.role() != line.role()) {
          continue;
        }
        ObjectNode k = kpis.putObject(kpi.name());
        k.put("chineseName", kpi.chineseName());
        k.put("englishName", kpi.englishName());
        OptionalDouble v = line.value(kpi);
        if (v.isPresent()) {
          k.put("value", Math.round(v.getAsDouble() * 10_000) / 10_000.0);
        } else {
          k.putNull("value");
        }
      }
    }
  }

  private static double round(double points) {
    return Math.round(points * 10) / 10.0;
  }
}
