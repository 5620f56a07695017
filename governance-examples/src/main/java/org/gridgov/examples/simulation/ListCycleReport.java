package org.gridgov.examples.simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.Reconciliation;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.text.Texts;

/**
 * The list cycle's part of the report: the reconciliation ledger's states for the district, per
 * street and at each quarter end, beside the source report's own figures, as report.json's {@code
 * period}, {@code reportFigures} and {@code listCycle}, lines of the summary and a section of
 * report.html.
 */
final class ListCycleReport {

  private final Territory territory;
  private final ListCycleOutcome outcome;
  private final Texts texts;
  private final List<Reconciliation> quarters;

  ListCycleReport(Territory territory, ListCycleOutcome outcome, Texts texts) {
    this.territory = territory;
    this.outcome = outcome;
    this.texts = texts;
    this.quarters = outcome.ledger().reconciliations();
  }

  /** The reconciliation at the end of the period: that of its last quarter. */
  private ReconciliationLine end() {
    return quarters.isEmpty() ? null : quarters.get(quarters.size() - 1).district();
  }

  private ReconciliationLine street(Street s) {
    if (quarters.isEmpty()) {
      return null;
    }
    return quarters.get(quarters.size() - 1).street(s.code()).orElse(null);
  }

  /**
   * Adds {@code period}, {@code reportFigures} and {@code listCycle} to report.json.
   *
   * @param root the report's root
   */
  void json(ObjectNode root) {
    ObjectNode period = root.putObject("period");
    period.put("from", outcome.first().toString());
    period.put("to", outcome.last().toString());
    ObjectNode figures = root.putObject("reportFigures");
    figures.put("formed", SourceReport.FORMED);
    figures.put("resolved", SourceReport.RESOLVED);
    figures.put("rate", round(SourceReport.rate()));
    ObjectNode cycle = root.putObject("listCycle");
    line(cycle.putObject("total"), end());
    ArrayNode streets = cycle.putArray("streets");
    for (Street s : territory.streets()) {
      ObjectNode street = streets.addObject();
      street.put("code", s.code().value());
      street.put("name", s.name());
      line(street, street(s));
    }
    ArrayNode qs = cycle.putArray("quarters");
    for (Reconciliation r : quarters) {
      ObjectNode q = qs.addObject();
      q.put("quarter", r.quarter().toString());
      line(q, r.district());
    }
  }

  private static void line(ObjectNode node, ReconciliationLine line) {
    ReconciliationLine l = line == null ? EMPTY : line;
    node.put("formed", l.formed());
    node.put("resolved", l.resolved());
    node.put("open", l.open());
    node.put("cancelled", l.cancelled());
    node.put("carriedOver", carriedOver(l));
    if (l.formed() > 0) {
      node.put("rate", round(l.resolutionRate()));
    }
    ObjectNode atEnd = node.putObject("atEnd");
    ObjectNode during = node.putObject("during");
    for (ItemState s : ItemState.values()) {
      atEnd.put(key(s), l.atEnd().get(s));
      during.put(key(s), l.during().get(s));
    }
  }

  private static final ReconciliationLine EMPTY =
      new ReconciliationLine(java.util.Map.of(), java.util.Map.of(), 0);

  /** The items open at the end, carried over into the next quarter. */
  private static long carriedOver(ReconciliationLine l) {
    return l.open();
  }

  /** An item state as a report.json key: ON_AGENDA as onAgenda. */
  static String key(ItemState s) {
    String[] parts = s.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  private static double round(double rate) {
    return Math.round(rate * 10_000) / 10_000.0;
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f %%", rate * 100);
  }

  private static String rate(ReconciliationLine l) {
    return l == null || l.formed() == 0 ? "–" : percent(l.resolutionRate());
  }

  /**
   * The summary's lines: the district beside the report, the streets and the quarters.
   *
   * @param sb the summary
   * @param nl the line break
   */
  void summary(StringBuilder sb, String nl) {
    ReconciliationLine end = end();
    ReconciliationLine l = end == null ? EMPTY : end;
    sb.append(texts.get("cycle.heading", outcome.first().toString(), outcome.last().toString()))
        .append(nl);
    sb.append(
            texts.get(
                "cycle.simulated",
                l.formed(),
                l.resolved(),
                rate(l),
                carriedOver(l),
                l.cancelled()))
        .append(nl);
    sb.append(
            texts.get(
                "cycle.report",
                SourceReport.FORMED,
                SourceReport.RESOLVED,
                percent(SourceReport.rate())))
        .append(nl);
    sb.append(
            texts.get(
                "cycle.states",
                entered(ItemState.ON_AGENDA),
                entered(ItemState.AGREED),
                entered(ItemState.DISPATCHED),
                entered(ItemState.TAKEN),
                entered(ItemState.RETURNED),
                entered(ItemState.RATED),
                entered(ItemState.CLOSED)))
        .append(nl);
    // the first column spans a street's code and name: 9 + 2 + 10 terminal columns
    sb.append(pad(texts.get("cycle.column.street"), 21))
        .append(
            columns(
                texts.get("cycle.column.formed"), 7,
                texts.get("cycle.column.resolved"), 8,
                texts.get("cycle.column.open"), 5,
                texts.get("cycle.column.rate"), 7))
        .append(nl);
    for (Street s : territory.streets()) {
      ReconciliationLine sl = street(s);
      ReconciliationLine x = sl == null ? EMPTY : sl;
      sb.append(
              String.format(
                  "%-9s  %s %7d %8d %5d %7s",
                  s.code(), pad(s.name(), 10), x.formed(), x.resolved(), x.open(), rate(sl)))
          .append(nl);
    }
    sb.append(pad(texts.get("cycle.column.district"), 21))
        .append(String.format(" %7d %8d %5d %7s", l.formed(), l.resolved(), l.open(), rate(end)))
        .append(nl);
    sb.append(pad(texts.get("cycle.column.report"), 21))
        .append(
            String.format(
                " %7d %8d %5s %7s",
                SourceReport.FORMED, SourceReport.RESOLVED, "", percent(SourceReport.rate())))
        .append(nl);
    sb.append(pad(texts.get("cycle.column.quarter"), 9))
        .append(
            columns(
                texts.get("cycle.column.formed"), 7,
                texts.get("cycle.column.resolved"), 8,
                texts.get("cycle.column.carried"), 7,
                texts.get("cycle.column.rate"), 7))
        .append(nl);
    for (Reconciliation r : quarters) {
      ReconciliationLine q = r.district();
      sb.append(
              String.format(
                  "%-9s %7d %8d %7d %7s",
                  r.quarter(), q.formed(), q.resolved(), carriedOver(q), rate(q)))
          .append(nl);
    }
    sb.append(nl);
  }

  /** How many times items entered a state in the whole period, over every quarter. */
  private long entered(ItemState state) {
    long n = 0;
    for (Reconciliation r : quarters) {
      n += r.district().during().get(state);
    }
    return n;
  }

  private static String pad(String s, int width) {
    return org.gridgov.examples.summary.DistrictSummary.pad(s, width);
  }

  /** Column headings, each after a space and right-aligned in its terminal width. */
  private static String columns(Object... headingsAndWidths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headingsAndWidths.length; i += 2) {
      sb.append(' ')
          .append(
              SimulationReport.right(
                  (String) headingsAndWidths[i], (int) headingsAndWidths[i + 1]));
    }
    return sb.toString();
  }

  /**
   * The section of report.html: the district beside the report, the streets, the quarters.
   *
   * @param sb the page
   */
  void html(StringBuilder sb) {
    ReconciliationLine end = end();
    sb.append("<section id=\"list-cycle\"><h2>")
        .append(HtmlReport.escape(texts.get("cycle.html.title")))
        .append("</h2>\n<p>")
        .append(
            HtmlReport.escape(
                texts.get("cycle.heading", outcome.first().toString(), outcome.last().toString())))
        .append("</p>\n<table id=\"table-cycle\">\n<thead><tr>");
    for (String c : List.of("where", "formed", "resolved", "open", "rate")) {
      sb.append("<th>").append(HtmlReport.escape(texts.get("cycle.html." + c))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    row(
        sb,
        texts.get("cycle.html.report"),
        SourceReport.FORMED,
        SourceReport.RESOLVED,
        -1,
        percent(SourceReport.rate()));
    ReconciliationLine l = end == null ? EMPTY : end;
    row(sb, texts.get("cycle.html.simulated"), l.formed(), l.resolved(), l.open(), rate(end));
    for (Street s : territory.streets()) {
      ReconciliationLine sl = street(s);
      ReconciliationLine x = sl == null ? EMPTY : sl;
      row(sb, s.name(), x.formed(), x.resolved(), x.open(), rate(sl));
    }
    for (Reconciliation r : quarters) {
      ReconciliationLine q = r.district();
      row(sb, r.quarter().toString(), q.formed(), q.resolved(), q.open(), rate(q));
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(
      StringBuilder sb, String where, long formed, long resolved, long open, String rate) {
    sb.append("<tr><td>").append(HtmlReport.escape(where)).append("</td>");
    sb.append("<td class=\"num\">").append(formed).append("</td>");
    sb.append("<td class=\"num\">").append(resolved).append("</td>");
    sb.append("<td class=\"num\">").append(open < 0 ? "" : Long.toString(open)).append("</td>");
    sb.append("<td class=\"num\">").append(HtmlReport.escape(rate)).append("</td></tr>\n");
  }
}
