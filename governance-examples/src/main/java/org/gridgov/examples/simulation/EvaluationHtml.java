package org.gridgov.examples.simulation;

import static org.gridgov.examples.simulation.HtmlReport.escape;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Territory;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.evaluation.RoleKpi;
import org.gridgov.rules.evaluation.RoleKpiLine;
import org.gridgov.rules.evaluation.SubjectRole;
import org.gridgov.rules.fact.KpiShortfall;

/**
 * The parts of report.html that explain the evaluation: why each grid was found weak, with the KPIs
 * that pulled it down and what was recommended or reviewed; the stars of each quarter; the role
 * KPIs of the subjects with the most dispatches.
 */
final class EvaluationHtml {

  private static final int ROLE_ROWS = 20;

  private final Territory territory;
  private final SimulationResult result;

  EvaluationHtml(Territory territory, SimulationResult result) {
    this.territory = territory;
    this.result = result;
  }

  /** Appends the sections. */
  void appendTo(StringBuilder sb) {
    sb.append("<section id=\"weak-grid-reasons\"><h2>Why grids are weak</h2>\n");
    reasons(sb);
    sb.append("</section>\n<section id=\"stars-by-quarter\"><h2>Stars of each quarter</h2>\n");
    stars(sb);
    sb.append("</section>\n<section id=\"role-kpis\"><h2>Role KPIs (岗位考核指标)</h2>\n");
    roles(sb);
    sb.append("</section>\n");
  }

  private void reasons(StringBuilder sb) {
    List<WeakGrid> findings = result.weakGridFindings();
    if (findings.isEmpty()) {
      sb.append("<p>No grid was found weak.</p>\n");
      return;
    }
    sb.append("<table id=\"table-weak-grid-reasons\">\n<thead><tr><th>quarter</th><th>grid</th>")
        .append("<th>name</th><th>reason</th><th>score</th><th>judged on</th>")
        .append("<th>pulled down by</th><th>first secretary</th></tr></thead>\n<tbody>\n");
    for (EvaluationReport q : result.quarters()) {
      for (WeakGrid w : q.weakGrids()) {
        sb.append("<tr data-grid=\"")
            .append(escape(w.grid().value()))
            .append("\" data-quarter=\"")
            .append(w.quarter())
            .append("\">");
        cell(sb, w.quarter().toString());
        cell(sb, w.grid().value());
        cell(sb, territory.grid(w.grid()).map(Grid::name).orElse(""));
        cell(sb, w.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        String previous =
            w.evidence().previousScore().isPresent()
                ? String.format(
                    Locale.ROOT, " (was %.1f)", w.evidence().previousScore().getAsDouble())
                : "";
        cell(sb, String.format(Locale.ROOT, "%.1f", w.score()) + previous);
        cell(
            sb,
            w.evidence().dueOrders()
                + " due orders, "
                + w.evidence().basis().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        cell(
            sb,
            String.join(
                "; ", w.evidence().pulledDownBy().stream().map(KpiShortfall::describe).toList()));
        cell(sb, secretary(q, w));
        sb.append("</tr>\n");
      }
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static String secretary(EvaluationReport q, WeakGrid w) {
    for (FirstSecretaryReview r : q.firstSecretaryReviews()) {
      if (r.grid().equals(w.grid())) {
        return "reviewed: "
            + r.person().value()
            + " since "
            + r.since()
            + ", "
            + r.progress().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
    }
    for (FirstSecretaryRecommendation r : q.firstSecretaries()) {
      if (r.grid().equals(w.grid())) {
        return "recommended: " + r.why();
      }
    }
    return "";
  }

  private void stars(StringBuilder sb) {
    for (EvaluationReport q : result.quarters()) {
      List<GridServiceStar> stars = q.stars();
      sb.append("<h3 data-quarter=\"")
          .append(q.quarter())
          .append("\" data-stars=\"")
          .append(stars.size())
          .append("\">")
          .append(q.quarter())
          .append(": ")
          .append(stars.size())
          .append(" grid service stars (网格服务之星)</h3>\n");
      if (stars.isEmpty()) {
        continue;
      }
      sb.append("<table class=\"stars\" data-quarter=\"")
          .append(q.quarter())
          .append("\">\n<thead><tr><th>community</th><th>grid</th><th>person</th><th>role</th>")
          .append("<th>rank</th><th>points</th><th>on time</th><th>satisfied</th>")
          .append("<th>praise</th></tr></thead>\n<tbody>\n");
      for (GridServiceStar s : stars) {
        sb.append("<tr>");
        cell(
            sb,
            territory.community(s.community()).map(c -> c.name()).orElse(s.community().value()));
        cell(sb, territory.grid(s.grid()).map(Grid::name).orElse(s.grid().value()));
        cell(sb, s.person().value());
        cell(sb, s.role().chineseName());
        num(sb, s.rank());
        num(sb, s.points());
        num(sb, s.resolvedOnTime());
        sb.append("<td class=\"num\">")
            .append(escape(percent(OptionalDouble.of(s.satisfactionRate()))))
            .append("</td>");
        num(sb, s.praised());
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
  }

  private void roles(StringBuilder sb) {
    List<RoleKpiLine> lines = result.roleKpis();
    sb.append("<p>")
        .append(lines.size())
        .append(" subjects measured by role over the orders due in the year; every one is in")
        .append(" report.json. The ")
        .append(ROLE_ROWS)
        .append(" handlers with the most dispatches:</p>\n");
    sb.append("<table id=\"table-role-kpis\">\n<thead><tr><th>subject</th><th>kind</th>")
        .append("<th>dispatches</th>");
    for (RoleKpi kpi : RoleKpi.values()) {
      if (kpi.role() == SubjectRole.HANDLER) {
        sb.append("<th>")
            .append(escape(kpi.chineseName() + " " + kpi.englishName()))
            .append("</th>");
      }
    }
    sb.append("</tr></thead>\n<tbody>\n");
    lines.stream()
        .filter(l -> l.role() == SubjectRole.HANDLER)
        .sorted(
            java.util.Comparator.comparingInt((RoleKpiLine l) -> l.counts().dispatches())
                .reversed()
                .thenComparing(RoleKpiLine::reference))
        .limit(ROLE_ROWS)
        .forEach(
            l -> {
              sb.append("<tr>");
              cell(sb, l.name());
              cell(sb, l.kind());
              num(sb, l.counts().dispatches());
              for (RoleKpi kpi : RoleKpi.values()) {
                if (kpi.role() == SubjectRole.HANDLER) {
                  sb.append("<td class=\"num\">")
                      .append(escape(percent(l.value(kpi))))
                      .append("</td>");
                }
              }
              sb.append("</tr>\n");
            });
    sb.append("</tbody>\n</table>\n");
  }

  private static void cell(StringBuilder sb, String text) {
    sb.append("<td>").append(escape(text)).append("</td>");
  }

  private static void num(StringBuilder sb, int n) {
    sb.append("<td class=\"num\">").append(n).append("</td>");
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent()
        ? String.format(Locale.ROOT, "%.1f %%", rate.getAsDouble() * 100)
        : "n/a";
  }
}
