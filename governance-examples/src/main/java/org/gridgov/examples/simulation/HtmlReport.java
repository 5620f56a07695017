package org.gridgov.examples.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.evaluation.EvaluationReport;

/**
 * A year's result as one self-contained {@code report.html}: inline CSS and hand-drawn inline SVG,
 * no scripts and no network resources. It holds a header with the district and the seed, KPI tiles
 * (each with a {@code data-kpi} attribute holding its value, empty where the rate has no
 * denominator, and a {@code data-kpi-name}), the charts {@code chart-streets} (closure rate per
 * street), {@code chart-funnel} (formed, then escalated to each level) and {@code chart-months}
 * (orders formed and closed per month, on a y axis with labelled ticks), a table of the streets,
 * the figures of the joint meetings and consultation meetings ({@code table-meetings}, a {@code
 * data-figure} on each row), the chart {@code chart-weak-grids} (weak-grid findings per quarter, by
 * reason) with the table {@code table-weak-grids} of the weak grids, lowest score first, the grid
 * service stars and the refused transitions ({@code refusals}, with {@code data-total}).
 */
public final class HtmlReport {

  private static final int WIDTH = 760;
  private static final int TABLE_ROWS = 50;

  private final Territory territory;
  private final SimulationResult result;
  private final long seed;
  private final Texts texts;

  /**
   * Makes the HTML report of a result, in English.
   *
   * @param territory the district's territory, for names
   * @param result the year's result
   * @param seed the seed the year was simulated with
   */
  public HtmlReport(Territory territory, SimulationResult result, long seed) {
    this(territory, result, seed, Texts.in(Locale.ENGLISH));
  }

  /**
   * Makes the HTML report of a result in a language.
   *
   * @param territory the district's territory, for names
   * @param result the year's result
   * @param seed the seed the year was simulated with
   * @param texts the reader's language
   */
  public HtmlReport(Territory territory, SimulationResult result, long seed, Texts texts) {
    this.territory = Objects.requireNonNull(territory, "territory");
    this.result = Objects.requireNonNull(result, "result");
    this.seed = seed;
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** A text of the report in its language. */
  private String t(String key, Object... arguments) {
    return texts.get(key, arguments);
  }

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The report as an HTML document.
   *
   * @return the document, starting with {@code <!DOCTYPE html>}
   */
  public String html() {
    String districtName = territory.district().name();
    String code = territory.district().code().value();
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t("html.lang"))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<title>")
        .append(escape(t("html.title", districtName, code, Long.toString(seed))))
        .append("</title>\n");
    sb.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<header><h1>")
        .append(escape(districtName))
        .append(" <span class=\"code\">")
        .append(escape(code))
        .append("</span></h1>\n<p>")
        .append(t("html.subtitle", "<span id=\"seed\">" + seed + "</span>"))
        .append("</p></header>\n");
    kpis(sb);
    sb.append("<section><h2>").append(t("html.h.streetClosure")).append("</h2>\n");
    streetChart(sb);
    sb.append("</section>\n<section><h2>").append(t("html.h.funnel")).append("</h2>\n");
    funnel(sb);
    sb.append("</section>\n<section><h2>").append(t("html.h.months")).append("</h2>\n");
    months(sb);
    sb.append("</section>\n<section><h2>").append(t("html.h.streets")).append("</h2>\n");
    table(sb);
    sb.append("</section>\n");
    result.listCycle().ifPresent(c -> new ListCycleReport(territory, c, texts).html(sb));
    sb.append("<section id=\"meetings\"><h2>").append(t("html.h.meetings")).append("</h2>\n");
    meetings(sb);
    sb.append("</section>\n<section><h2>").append(t("html.h.weakGrids")).append("</h2>\n");
    weakGridChart(sb);
    weakGridTable(sb);
    sb.append("</section>\n<section><h2>").append(t("html.h.stars")).append("</h2>\n");
    stars(sb);
    sb.append("</section>\n");
    new EvaluationHtml(territory, result, texts).appendTo(sb);
    sb.append("<section><h2>").append(t("html.h.refusals")).append("</h2>\n");
    refusals(sb);
    sb.append("</section>\n</body>\n</html>\n");
    return sb.toString();
  }

  private void kpis(StringBuilder sb) {
    KpiFigures f = result.figures();
    sb.append("<section class=\"tiles\">\n");
    tile(sb, "closureRate", t("html.kpi.closure"), f.closureRate());
    tile(sb, "onTimeRate", t("html.kpi.onTime"), f.onTimeClosureRate());
    tile(sb, "satisfactionRate", t("html.kpi.satisfaction"), f.satisfactionRate());
    tile(sb, "reworkRate", t("html.kpi.rework"), f.reworkRate());
    sb.append("</section>\n");
  }

  private void tile(StringBuilder sb, String name, String label, OptionalDouble rate) {
    String value = rate.isPresent() ? Double.toString(rate.getAsDouble()) : "";
    sb.append("<div class=\"tile\" data-kpi-name=\"")
        .append(escape(name))
        .append("\" data-kpi=\"")
        .append(escape(value))
        .append("\"><div class=\"label\">")
        .append(escape(label))
        .append("</div><div class=\"value\">")
        .append(escape(percent(rate)))
        .append("</div></div>\n");
  }

  private void streetChart(StringBuilder sb) {
    Map<StreetCode, LedgerLine> byStreet = result.ledger().byStreet();
    java.util.Collection<Street> streets = territory.streets();
    int row = 28;
    int labelWidth = 200;
    int barMax = WIDTH - labelWidth - 80;
    int height = Math.max(1, streets.size()) * row + 10;
    svgOpen(sb, "chart-streets", height, t("html.h.streetClosure"));
    int y = 5;
    for (Street s : streets) {
      LedgerLine line = byStreet.getOrDefault(s.code(), LedgerLine.EMPTY);
      OptionalDouble rate = line.figures().closureRate();
      double r = rate.orElse(0.0);
      int w = (int) Math.round(r * barMax);
      sb.append("<g class=\"bar\" data-street=\"")
          .append(escape(s.code().value()))
          .append("\" data-value=\"")
          .append(rate.isPresent() ? Double.toString(r) : "")
          .append("\">");
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
              labelWidth - 8,
              y + 17,
              escape(s.name())));
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#2a7ab0\"/>",
              labelWidth,
              y + 3,
              w,
              row - 8));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>",
              labelWidth + w + 6,
              y + 17,
              escape(percent(rate))));
      sb.append("</g>\n");
      y += row;
    }
    sb.append("</svg>\n");
  }

  private void funnel(StringBuilder sb) {
    int formed = result.ledger().total().formed();
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    labels.add(t("html.funnel.formed"));
    values.add(formed);
    for (EscalationLevel level : EscalationLevel.values()) {
      if (level != EscalationLevel.GRID) {
        labels.add(
            t(
                "html.funnel.escalated",
                texts.chinese()
                    ? texts.name(level)
                    : level.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        values.add(result.escalationsByLevel().get(level));
      }
    }
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    int row = 40;
    int height = labels.size() * row + 10;
    svgOpen(sb, "chart-funnel", height, t("html.h.funnel"));
    int center = WIDTH / 2 + 100;
    int maxWidth = WIDTH - 260;
    int y = 5;
    for (int i = 0; i < labels.size(); i++) {
      int v = values.get(i);
      int w = max == 0 ? 0 : Math.max(v > 0 ? 2 : 0, (int) Math.round((double) v / max * maxWidth));
      sb.append("<g class=\"stage\" data-value=\"").append(v).append("\">");
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#c0504d\"/>",
              center - w / 2,
              y + 4,
              w,
              row - 10));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"8\" y=\"%d\">%s: %d</text>",
              y + 24,
              escape(labels.get(i)),
              v));
      sb.append("</g>\n");
      y += row;
    }
    sb.append("</svg>\n");
  }

  private void months(StringBuilder sb) {
    TreeMap<YearMonth, int[]> counts = new TreeMap<>();
    result
        .ledger()
        .byMonth()
        .forEach((m, line) -> counts.put(m, new int[] {line.formed(), line.closed()}));
    if (!counts.isEmpty()) {
      for (YearMonth m = counts.firstKey(); m.isBefore(counts.lastKey()); m = m.plusMonths(1)) {
        counts.computeIfAbsent(m, k -> new int[2]);
      }
    }
    int max = counts.values().stream().mapToInt(c -> Math.max(c[0], c[1])).max().orElse(0);
    int height = 280;
    int top = 30;
    int bottom = height - 40;
    int left = 64;
    int slot = counts.isEmpty() ? 0 : (WIDTH - left - 10) / counts.size();
    int bar = Math.max(2, slot / 2 - 4);
    svgOpen(sb, "chart-months", height, t("html.months.title"));
    int axisMax = yAxis(sb, max, left, top, bottom, t("html.months.axis"));
    sb.append(
        "<rect x=\"70\" y=\"6\" width=\"12\" height=\"12\" fill=\"#2a7ab0\"/>"
            + "<text x=\"86\" y=\"17\">"
            + escape(t("html.months.formed"))
            + "</text>"
            + "<rect x=\"150\" y=\"6\" width=\"12\" height=\"12\" fill=\"#7bb662\"/>"
            + "<text x=\"166\" y=\"17\">"
            + escape(t("html.months.closed"))
            + "</text>\n");
    int x = left;
    for (Map.Entry<YearMonth, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      sb.append("<g class=\"month\" data-month=\"")
          .append(e.getKey())
          .append("\" data-formed=\"")
          .append(c[0])
          .append("\" data-closed=\"")
          .append(c[1])
          .append("\">");
      for (int k = 0; k < 2; k++) {
        int h = (int) Math.round((double) c[k] / axisMax * (bottom - top));
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title>"
                    + "</rect>",
                x + 4 + k * (bar + 2),
                bottom - h,
                bar,
                h,
                k == 0 ? "#2a7ab0" : "#7bb662",
                escape(
                    t(
                        k == 0 ? "html.months.formedIn" : "html.months.closedIn",
                        e.getKey(),
                        c[k]))));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
              x + 2,
              bottom + 16,
              escape(e.getKey().toString())));
      sb.append("</g>\n");
      x += slot;
    }
    sb.append("</svg>\n");
  }

  private void table(StringBuilder sb) {
    Map<StreetCode, LedgerLine> byStreet = result.ledger().byStreet();
    sb.append("<table id=\"table-streets\">\n<thead><tr>");
    for (String column : List.of("code", "street", "formed", "closed", "open", "cancelled")) {
      sb.append("<th>").append(escape(t("html.streets." + column))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Street s : territory.streets()) {
      LedgerLine line = byStreet.getOrDefault(s.code(), LedgerLine.EMPTY);
      row(sb, "td", s.code().value(), s.name(), line);
    }
    sb.append("</tbody>\n<tfoot>\n");
    row(sb, "th", "", t("html.streets.total"), result.ledger().total());
    sb.append("</tfoot>\n</table>\n");
  }

  private static void row(StringBuilder sb, String cell, String code, String name, LedgerLine l) {
    sb.append("<tr><")
        .append(cell)
        .append('>')
        .append(escape(code))
        .append("</")
        .append(cell)
        .append("><")
        .append(cell)
        .append('>')
        .append(escape(name))
        .append("</")
        .append(cell)
        .append('>');
    for (int v : new int[] {l.formed(), l.closed(), l.open(), l.cancelled()}) {
      sb.append("<td class=\"num\">").append(v).append("</td>");
    }
    sb.append("</tr>\n");
  }

  /**
   * Draws a y axis from 0 up to a round maximum at or above {@code max}: the axis and base lines, a
   * tick with its value and a light grid line at every step, and the axis title.
   *
   * @return the axis maximum, the value drawn at {@code top}; 1 or more
   */
  private static int yAxis(StringBuilder sb, int max, int left, int top, int bottom, String title) {
    int step = tickStep(max);
    int axisMax = Math.max(step, (max + step - 1) / step * step);
    sb.append("<g class=\"axis-y\" data-max=\"").append(axisMax).append("\">");
    for (int v = 0; v <= axisMax; v += step) {
      int y = bottom - (int) Math.round((double) v / axisMax * (bottom - top));
      sb.append(
          String.format(
              Locale.ROOT,
              "<g class=\"tick\" data-value=\"%d\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                  + " stroke=\"#e4e4e4\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                  + " stroke=\"#555\"/><text x=\"%d\" y=\"%d\" text-anchor=\"end\""
                  + " font-size=\"11\">%d</text></g>",
              v,
              left,
              y,
              WIDTH - 10,
              y,
              left - 5,
              y,
              left,
              y,
              left - 8,
              y + 4,
              v));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>"
                + "<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"%d\" y=\"14\""
                + " text-anchor=\"middle\" font-size=\"12\">%s</text></g>\n",
            left,
            top,
            left,
            bottom,
            left,
            bottom,
            WIDTH - 10,
            bottom,
            -(top + bottom) / 2,
            escape(title)));
    return axisMax;
  }

  /** A round step for about five ticks up to a maximum: 1, 2 or 5 times a power of ten. */
  static int tickStep(int max) {
    if (max <= 5) {
      return 1;
    }
    double raw = max / 5.0;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double r = raw / magnitude;
    double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10;
    return (int) Math.round(nice * magnitude);
  }

  private void meetings(StringBuilder sb) {
    MeetingFigures m = result.meetingFigures();
    sb.append("<table id=\"table-meetings\">\n<tbody>\n");
    figure(sb, "jointMeetings", t("html.meetings.jointMeetings"), m.jointMeetings());
    figure(sb, "agendaItems", t("html.meetings.agendaItems"), m.agendaItems());
    figure(sb, "decided", t("html.meetings.decided"), m.decided());
    figure(sb, "dispatched", t("html.meetings.dispatched"), m.dispatched());
    figure(sb, "supervised", t("html.meetings.supervised"), m.supervised());
    figure(
        sb,
        "settledBeforeMeeting",
        t("html.meetings.settledBeforeMeeting"),
        m.settledBeforeMeeting());
    figure(
        sb,
        "routedToJointMeeting",
        t("html.meetings.routedToJointMeeting"),
        m.routedToJointMeeting());
    figure(sb, "awaitingMeeting", t("html.meetings.awaitingMeeting"), m.awaitingMeeting());
    figure(
        sb,
        "consultationMeetings",
        t("html.meetings.consultationMeetings"),
        m.consultationMeetings());
    figure(
        sb,
        "consultationSessions",
        t("html.meetings.consultationSessions"),
        m.consultationSessions());
    figure(
        sb, "consultationsAgreed", t("html.meetings.consultationsAgreed"), m.consultationsAgreed());
    figure(sb, "mostSessions", t("html.meetings.mostSessions"), m.mostSessions());
    sb.append("</tbody>\n</table>\n");
  }

  private static void figure(StringBuilder sb, String name, String label, int value) {
    sb.append("<tr data-figure=\"")
        .append(escape(name))
        .append("\"><th>")
        .append(escape(label))
        .append("</th><td class=\"num\">")
        .append(value)
        .append("</td></tr>\n");
  }

  private void weakGridChart(StringBuilder sb) {
    List<EvaluationReport> quarters = result.quarters();
    WeakGridReason[] reasons = WeakGridReason.values();
    String[] colours = {"#c0504d", "#e39a36"};
    int max = 0;
    for (EvaluationReport q : quarters) {
      max = Math.max(max, q.weakGrids().size());
    }
    int height = 260;
    int top = 30;
    int bottom = height - 40;
    int left = 64;
    int slot = quarters.isEmpty() ? 0 : (WIDTH - left - 10) / quarters.size();
    int bar = Math.max(4, Math.min(80, slot / 2));
    svgOpen(sb, "chart-weak-grids", height, t("html.weak.chart"));
    int axisMax = yAxis(sb, max, left, top, bottom, t("html.weak.axis"));
    for (int r = 0; r < reasons.length; r++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"17\">%s</text>",
              70 + r * 250,
              colours[r % colours.length],
              86 + r * 250,
              escape(words(reasons[r]))));
    }
    sb.append('\n');
    int x = left;
    for (EvaluationReport q : quarters) {
      long grids = q.weakGrids().stream().map(WeakGrid::grid).distinct().count();
      sb.append("<g class=\"quarter\" data-quarter=\"")
          .append(q.quarter())
          .append("\" data-findings=\"")
          .append(q.weakGrids().size())
          .append("\" data-weak-grids=\"")
          .append(grids)
          .append("\">");
      int y = bottom;
      for (int r = 0; r < reasons.length; r++) {
        WeakGridReason reason = reasons[r];
        long n = q.weakGrids().stream().filter(w -> w.reason() == reason).count();
        int h = (int) Math.round((double) n / axisMax * (bottom - top));
        y -= h;
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title>"
                    + "</rect>",
                x + (slot - bar) / 2,
                y,
                bar,
                h,
                colours[r % colours.length],
                escape(t("html.weak.bar", q.quarter().toString(), words(reason), n))));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
              x + slot / 2,
              bottom + 16,
              escape(q.quarter().toString()),
              x + slot / 2,
              Math.max(top + 10, y - 4),
              escape(t("html.weak.grids", grids))));
      sb.append("</g>\n");
      x += slot;
    }
    sb.append("</svg>\n");
  }

  private String words(WeakGridReason reason) {
    return t("html.weak.reason." + reason.name());
  }

  private void weakGridTable(StringBuilder sb) {
    List<WeakGridLine> weak = result.weakGrids();
    int shown = Math.min(TABLE_ROWS, weak.size());
    sb.append("<p>")
        .append(
            escape(
                t(
                    shown < weak.size() ? "html.weak.someShown" : "html.weak.allShown",
                    weak.size(),
                    result.weakGridFindings().size(),
                    shown)))
        .append("</p>\n");
    if (weak.isEmpty()) {
      return;
    }
    sb.append("<table id=\"table-weak-grids\">\n<thead><tr>");
    for (String column :
        List.of("grid", "name", "community", "quarters", "reasons", "lowestScore", "secretary")) {
      sb.append("<th>").append(escape(t("html.weak." + column))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (WeakGridLine line : weak.subList(0, shown)) {
      List<String> quarters = line.quarters().stream().map(Object::toString).toList();
      List<String> reasons = line.reasons().stream().map(this::words).toList();
      sb.append("<tr data-grid=\"").append(escape(line.grid().value())).append("\">");
      cell(sb, line.grid().value());
      cell(sb, territory.grid(line.grid()).map(Grid::name).orElse(""));
      cell(sb, territory.community(line.grid().community()).map(Community::name).orElse(""));
      cell(sb, String.join(" ", quarters));
      cell(sb, String.join(", ", reasons));
      sb.append(String.format(Locale.ROOT, "<td class=\"num\">%.1f</td>", line.lowestScore()));
      cell(
          sb,
          line.firstSecretaryFrom()
              .map(unit -> line.secretaryServing() ? t("html.weak.serving", unit) : unit)
              .orElse(t("html.weak.byStreet")));
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static void cell(StringBuilder sb, String text) {
    sb.append("<td>").append(escape(text)).append("</td>");
  }

  private void stars(StringBuilder sb) {
    List<GridServiceStar> stars = result.stars();
    if (stars.isEmpty()) {
      sb.append("<p id=\"stars-none\">").append(escape(t("html.stars.none"))).append("</p>\n");
      return;
    }
    int shown = Math.min(TABLE_ROWS, stars.size());
    sb.append("<p>")
        .append(
            escape(
                t(
                    shown < stars.size() ? "html.stars.someShown" : "html.stars.allShown",
                    stars.size(),
                    shown)))
        .append("</p>\n");
    sb.append("<table id=\"table-stars\">\n<thead><tr>");
    for (String column : List.of("quarter", "grid", "name", "holder", "rated", "satisfied")) {
      sb.append("<th>").append(escape(t("html.stars." + column))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (GridServiceStar star : stars.subList(0, shown)) {
      sb.append("<tr>");
      cell(sb, star.quarter().toString());
      cell(sb, star.grid().value());
      cell(sb, territory.grid(star.grid()).map(Grid::name).orElse(""));
      cell(sb, star.person().value());
      sb.append("<td class=\"num\">").append(star.ratedOrders()).append("</td>");
      sb.append("<td class=\"num\">")
          .append(escape(percent(OptionalDouble.of(star.satisfactionRate()))))
          .append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private void refusals(StringBuilder sb) {
    sb.append("<p id=\"refusals\" data-total=\"").append(result.refusalCount()).append("\">");
    if (result.refusals().isEmpty()) {
      sb.append(escape(t("html.refusals.none"))).append("</p>\n");
      return;
    }
    sb.append(escape(t("html.refusals.some", result.refusalCount())))
        .append("</p>\n<table id=\"table-refusals\">\n<thead><tr>");
    for (String column : List.of("command", "reason", "count")) {
      sb.append("<th>").append(escape(t("html.refusals." + column))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    result
        .refusals()
        .forEach(
            (kind, n) -> {
              sb.append("<tr>");
              cell(sb, texts.name(kind.command()));
              cell(sb, texts.name(kind.reason()));
              sb.append("<td class=\"num\">").append(n).append("</td></tr>\n");
            });
    sb.append("</tbody>\n</table>\n");
  }

  private static void svgOpen(StringBuilder sb, String id, int height, String title) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"%s\" role=\"img\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\"><title>%s</title>\n",
            id,
            WIDTH,
            height,
            WIDTH,
            height,
            escape(title)));
  }

  private String percent(OptionalDouble rate) {
    return rate.isPresent()
        ? String.format(Locale.ROOT, "%.1f %%", rate.getAsDouble() * 100)
        : t("html.notAvailable");
  }

  private static final String CSS =
      """
      body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
             "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
             margin: 2em auto; max-width: 800px; color: #222; }
      header h1 { margin-bottom: 0.2em; }
      .code { color: #777; font-size: 0.6em; }
      .tiles { display: flex; gap: 12px; flex-wrap: wrap; }
      .tile { flex: 1 1 150px; border: 1px solid #ccc; border-radius: 6px; padding: 10px; }
      .tile .label { color: #666; font-size: 0.9em; }
      .tile .value { font-size: 1.8em; font-weight: bold; }
      svg { font-size: 13px; max-width: 100%; height: auto; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
      td.num { text-align: right; }
      """;
}
