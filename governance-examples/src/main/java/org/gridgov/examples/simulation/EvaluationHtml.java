package org.gridgov.examples.simulation;

import static org.gridgov.examples.simulation.HtmlReport.escape;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.gridgov.rules.evaluation.RoleKpi;
import org.gridgov.rules.evaluation.RoleKpiLine;
import org.gridgov.rules.evaluation.SubjectRole;

/**
 * The parts of report.html that explain the evaluation: why each grid was found weak, with the KPIs
 * that pulled it down and what was recommended or reviewed; the stars of each quarter; the role
 * KPIs of the subjects with the most dispatches.
 */
final class EvaluationHtml {

  private static final int ROLE_ROWS = 20;

  private final Territory territory;
  private final SimulationResult result;
  private final Texts texts;

  EvaluationHtml(Territory territory, SimulationResult result, Texts texts) {
    this.territory = territory;
    this.result = result;
    this.texts = texts;
  }

  private String t(String key, Object... arguments) {
    return texts.get(key, arguments);
  }

  /** Appends the sections. */
  void appendTo(StringBuilder sb) {
    section(sb, "weak-grid-reasons", "eval.h.reasons");
    reasons(sb);
    sb.append("</section>\n");
    section(sb, "stars-by-quarter", "eval.h.stars");
    stars(sb);
    sb.append("</section>\n");
    section(sb, "role-kpis", "eval.h.roles");
    roles(sb);
    sb.append("</section>\n");
  }

  private void section(StringBuilder sb, String id, String heading) {
    sb.append("<section id=\"")
        .append(id)
        .append("\"><h2>")
        .append(escape(t(heading)))
        .append("</h2>\n");
  }

  private void head(StringBuilder sb, String prefix, List<String> columns) {
    sb.append("<thead><tr>");
    for (String column : columns) {
      sb.append("<th>").append(escape(t(prefix + column))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
  }

  private void reasons(StringBuilder sb) {
    List<WeakGrid> findings = result.weakGridFindings();
    if (findings.isEmpty()) {
      sb.append("<p>").append(escape(t("eval.reasons.none"))).append("</p>\n");
      return;
    }
    sb.append("<table id=\"table-weak-grid-reasons\">\n");
    head(
        sb,
        "eval.reasons.",
        List.of("quarter", "grid", "name", "reason", "score", "judged", "pulled", "secretary"));
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
        cell(sb, t("html.weak.reason." + w.reason().name()));
        String score = String.format(Locale.ROOT, "%.1f", w.score());
        cell(
            sb,
            w.evidence().previousScore().isPresent()
                ? t(
                    "eval.score.was",
                    score,
                    String.format(Locale.ROOT, "%.1f", w.evidence().previousScore().getAsDouble()))
                : score);
        cell(
            sb,
            t(
                "eval.judged",
                w.evidence().dueOrders(),
                t("eval.basis." + w.evidence().basis().name())));
        cell(
            sb,
            String.join(
                t("eval.separator"),
                w.evidence().pulledDownBy().stream()
                    .map(s -> s.describe(texts.locale()))
                    .toList()));
        cell(sb, secretary(q, w));
        sb.append("</tr>\n");
      }
    }
    sb.append("</tbody>\n</table>\n");
  }

  private String secretary(EvaluationReport q, WeakGrid w) {
    for (FirstSecretaryReview r : q.firstSecretaryReviews()) {
      if (r.grid().equals(w.grid())) {
        return t(
            "eval.reviewed",
            r.person().value(),
            r.since().toString(),
            t("eval.progress." + r.progress().name()));
      }
    }
    for (FirstSecretaryRecommendation r : q.firstSecretaries()) {
      if (r.grid().equals(w.grid())) {
        return r.unit().isPresent()
            ? t("eval.recommended.unit", r.unitName(), r.community().value())
            : t("eval.recommended.street", r.community().value());
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
          .append(escape(t("eval.stars.quarter", q.quarter().toString(), stars.size())))
          .append("</h3>\n");
      if (stars.isEmpty()) {
        continue;
      }
      sb.append("<table class=\"stars\" data-quarter=\"").append(q.quarter()).append("\">\n");
      head(
          sb,
          "eval.stars.",
          List.of(
              "community",
              "grid",
              "person",
              "role",
              "rank",
              "points",
              "onTime",
              "satisfied",
              "praise"));
      for (GridServiceStar s : stars) {
        sb.append("<tr>");
        cell(
            sb,
            territory.community(s.community()).map(c -> c.name()).orElse(s.community().value()));
        cell(sb, territory.grid(s.grid()).map(Grid::name).orElse(s.grid().value()));
        cell(sb, s.person().value());
        cell(sb, t("eval.role." + s.role().name()));
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
        .append(escape(t("eval.roles.intro", lines.size(), ROLE_ROWS)))
        .append("</p>\n");
    sb.append("<table id=\"table-role-kpis\">\n<thead><tr>");
    for (String column : List.of("subject", "kind", "dispatches")) {
      sb.append("<th>").append(escape(t("eval.roles." + column))).append("</th>");
    }
    for (RoleKpi kpi : RoleKpi.values()) {
      if (kpi.role() == SubjectRole.HANDLER) {
        sb.append("<th>")
            .append(escape(texts.chinese() ? kpi.chineseName() : kpi.englishName()))
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
              cell(sb, kind(l.kind()));
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

  /** A handler's kind by its name, such as 社区居委会; a kind GridGov does not know as written. */
  private String kind(String code) {
    for (SubjectKind kind : SubjectKind.values()) {
      if (kind.name().equals(code)) {
        return texts.name(kind);
      }
    }
    return code;
  }

  private static void cell(StringBuilder sb, String text) {
    sb.append("<td>").append(escape(text)).append("</td>");
  }

  private static void num(StringBuilder sb, int n) {
    sb.append("<td class=\"num\">").append(n).append("</td>");
  }

  private String percent(OptionalDouble rate) {
    return rate.isPresent()
        ? String.format(Locale.ROOT, "%.1f %%", rate.getAsDouble() * 100)
        : t("html.notAvailable");
  }
}
