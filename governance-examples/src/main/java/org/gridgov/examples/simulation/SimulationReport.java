package org.gridgov.examples.simulation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.io.AtomicFiles;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.WorkOrderCommand;
import org.gridgov.examples.summary.DistrictSummary;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.decision.ComplianceVerdict;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.decision.WeakGridReason;
import org.gridgov.rules.evaluation.EvaluationReport;

/**
 * A year's result as the report reads it: a summary for the terminal and {@code report.json} with
 * {@code district.code}, {@code orders.formed/closed/open/cancelled}, {@code streets[]} (code,
 * name, formed, closed, open, cancelled), {@code escalations} per level and {@code kpis} ({@code
 * closureRate}, {@code onTimeRate}, {@code satisfactionRate}, {@code reworkRate}; null where a rate
 * has no denominator), {@code meetings} (the figures of {@link MeetingFigures}, the consultation
 * meetings under {@code consultations}), {@code evaluation} ({@code quarters[]} with the grids
 * scored, weak and starred in each, {@code weakGridCount} grids in {@code weakGridFindings}
 * findings, {@code weakGrids[]} with grid, name, community, quarters, reasons, lowest score and the
 * unit to send a first secretary ({@code firstSecretaryServing} when its secretary already serves
 * the grid), {@code starCount} and {@code stars[]}, and the {@code compliance} findings per verdict
 * over the quarters) and {@code refusals} ({@code total} and {@code byKind[]} with command, reason
 * and count).
 */
public final class SimulationReport {

  private static final int SHOWN_WEAK_GRIDS = 10;
  private static final int SHOWN_STARS = 10;

  /** The name of the report's JSON file. */
  public static final String JSON_FILE = "report.json";

  /** The name of the report's HTML file. */
  public static final String HTML_FILE = "report.html";

  /** The files {@link #write(Path)} writes into its folder. */
  public static final List<String> FILES = List.of(JSON_FILE, HTML_FILE);

  private final Territory territory;
  private final SimulationResult result;
  private final long seed;
  private final Texts texts;

  /**
   * Makes the report of a result, in English.
   *
   * @param territory the district's territory, for street names
   * @param result the year's result
   * @param seed the seed the year was simulated with
   */
  public SimulationReport(Territory territory, SimulationResult result, long seed) {
    this(territory, result, seed, Texts.in(Locale.ENGLISH));
  }

  /**
   * Makes the report of a result in a language: the summary and report.html in it, report.json with
   * machine-readable keys and values and the display names of its codes in it.
   *
   * @param territory the district's territory, for street names
   * @param result the year's result
   * @param seed the seed the year was simulated with
   * @param texts the reader's language
   */
  public SimulationReport(Territory territory, SimulationResult result, long seed, Texts texts) {
    this.territory = territory;
    this.result = result;
    this.seed = seed;
    this.texts = java.util.Objects.requireNonNull(texts, "texts");
  }

  /** A text of the report in its language. */
  private String t(String key, Object... arguments) {
    return texts.get(key, arguments);
  }

  /**
   * The report as JSON.
   *
   * @return the JSON tree
   */
  public ObjectNode json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ObjectNode district = root.putObject("district");
    district.put("code", territory.district().code().value());
    district.put("name", territory.district().name());
    root.put("seed", seed);
    LedgerLine total = result.ledger().total();
    ObjectNode orders = root.putObject("orders");
    counts(orders, total);
    ArrayNode streets = root.putArray("streets");
    Map<StreetCode, LedgerLine> byStreet = result.ledger().byStreet();
    for (Street s : territory.streets()) {
      LedgerLine line = byStreet.getOrDefault(s.code(), LedgerLine.EMPTY);
      ObjectNode street = streets.addObject();
      street.put("code", s.code().value());
      street.put("name", s.name());
      counts(street, line);
    }
    ObjectNode escalations = root.putObject("escalations");
    for (EscalationLevel level : EscalationLevel.values()) {
      if (level != EscalationLevel.GRID) {
        escalations.put(level.name(), result.escalationsByLevel().get(level));
      }
    }
    KpiFigures f = result.figures();
    ObjectNode kpis = root.putObject("kpis");
    rate(kpis, "closureRate", f.closureRate());
    rate(kpis, "onTimeRate", f.onTimeClosureRate());
    rate(kpis, "satisfactionRate", f.satisfactionRate());
    rate(kpis, "reworkRate", f.reworkRate());
    meetings(root.putObject("meetings"));
    ObjectNode evaluation = root.putObject("evaluation");
    evaluation(evaluation);
    new EvaluationJson(result, texts.locale()).addTo(root, evaluation);
    refusals(root.putObject("refusals"));
    result.listCycle().ifPresent(c -> new ListCycleReport(territory, c, texts).json(root));
    root.put("language", texts.locale().toLanguageTag());
    displayNames(root.putObject("displayNames"));
    return root;
  }

  /**
   * The names a reader reads for the codes and keys of the report, in its language: the KPIs, the
   * escalation levels, the reasons a grid is weak, and the commands and reasons of refusals.
   */
  private void displayNames(ObjectNode node) {
    ObjectNode kpis = node.putObject("kpis");
    kpis.put("closureRate", Kpi.CLOSURE_RATE.displayName(texts.locale()));
    kpis.put("onTimeRate", Kpi.ON_TIME_CLOSURE_RATE.displayName(texts.locale()));
    kpis.put("satisfactionRate", Kpi.SATISFACTION_RATE.displayName(texts.locale()));
    kpis.put("reworkRate", Kpi.REWORK_RATE.displayName(texts.locale()));
    ObjectNode levels = node.putObject("escalations");
    for (EscalationLevel level : EscalationLevel.values()) {
      levels.put(level.name(), texts.name(level));
    }
    ObjectNode reasons = node.putObject("weakGridReasons");
    for (WeakGridReason reason : WeakGridReason.values()) {
      reasons.put(reason.name(), t("html.weak.reason." + reason.name()));
    }
    ObjectNode refusals = node.putObject("refusalReasons");
    for (Refusal.Reason reason : Refusal.Reason.values()) {
      refusals.put(reason.name(), texts.name(reason));
    }
    ObjectNode commands = node.putObject("commands");
    for (WorkOrderCommand command : WorkOrderCommand.values()) {
      commands.put(command.name(), texts.name(command));
    }
  }

  private void meetings(ObjectNode node) {
    MeetingFigures m = result.meetingFigures();
    node.put("jointMeetings", m.jointMeetings());
    node.put("agendaItems", m.agendaItems());
    node.put("decided", m.decided());
    node.put("dispatched", m.dispatched());
    node.put("supervised", m.supervised());
    node.put("settledBeforeMeeting", m.settledBeforeMeeting());
    node.put("routedToJointMeeting", m.routedToJointMeeting());
    node.put("awaitingMeeting", m.awaitingMeeting());
    ObjectNode consultations = node.putObject("consultations");
    consultations.put("meetings", m.consultationMeetings());
    consultations.put("sessions", m.consultationSessions());
    consultations.put("agreed", m.consultationsAgreed());
    consultations.put("mostSessions", m.mostSessions());
  }

  private void evaluation(ObjectNode node) {
    ArrayNode quarters = node.putArray("quarters");
    for (EvaluationReport q : result.quarters()) {
      ObjectNode quarter = quarters.addObject();
      quarter.put("quarter", q.quarter().toString());
      quarter.put("scoredGrids", q.grids().stream().filter(g -> g.score().isPresent()).count());
      quarter.put("weakGrids", q.weakGrids().stream().map(WeakGrid::grid).distinct().count());
      quarter.put("stars", q.stars().size());
    }
    List<WeakGridLine> weak = result.weakGrids();
    node.put("weakGridCount", weak.size());
    node.put("weakGridFindings", result.weakGridFindings().size());
    ArrayNode weakGrids = node.putArray("weakGrids");
    for (WeakGridLine line : weak) {
      ObjectNode grid = weakGrids.addObject();
      grid.put("grid", line.grid().value());
      grid.put("name", gridName(line.grid()));
      grid.put("community", line.grid().community().value());
      grid.put("communityName", communityName(line.grid()));
      ArrayNode in = grid.putArray("quarters");
      line.quarters().forEach(q -> in.add(q.toString()));
      ArrayNode reasons = grid.putArray("reasons");
      line.reasons().forEach(r -> reasons.add(r.name()));
      grid.put("lowestScore", line.lowestScore());
      if (line.firstSecretaryFrom().isPresent()) {
        grid.put("firstSecretaryFrom", line.firstSecretaryFrom().get());
      } else {
        grid.putNull("firstSecretaryFrom");
      }
      grid.put("firstSecretaryServing", line.secretaryServing());
    }
    List<GridServiceStar> stars = result.stars();
    node.put("starCount", stars.size());
    ArrayNode starNodes = node.putArray("stars");
    for (GridServiceStar star : stars) {
      ObjectNode s = starNodes.addObject();
      s.put("quarter", star.quarter().toString());
      s.put("grid", star.grid().value());
      s.put("name", gridName(star.grid()));
      s.put("person", star.person().value());
      s.put("ratedOrders", star.ratedOrders());
      s.put("satisfactionRate", Math.round(star.satisfactionRate() * 10_000) / 10_000.0);
    }
    ObjectNode compliance = node.putObject("compliance");
    Map<ComplianceVerdict, Integer> verdicts = new EnumMap<>(ComplianceVerdict.class);
    for (EvaluationReport q : result.quarters()) {
      q.compliance().forEach(c -> verdicts.merge(c.verdict(), 1, Integer::sum));
    }
    for (ComplianceVerdict v : ComplianceVerdict.values()) {
      compliance.put(v.name(), verdicts.getOrDefault(v, 0));
    }
  }

  private void refusals(ObjectNode node) {
    node.put("total", result.refusalCount());
    ArrayNode kinds = node.putArray("byKind");
    result
        .refusals()
        .forEach(
            (kind, n) -> {
              ObjectNode k = kinds.addObject();
              k.put("command", kind.command().name());
              k.put("reason", kind.reason().name());
              k.put("count", n);
            });
  }

  private String gridName(GridCode grid) {
    return territory.grid(grid).map(Grid::name).orElse(grid.value());
  }

  private String communityName(GridCode grid) {
    return territory.community(grid.community()).map(Community::name).orElse("");
  }

  /**
   * Writes {@code report.json} and {@code report.html} into a folder, creating the folder if
   * needed. Both files are written in full before either replaces an older one, so a failed write
   * (a full disk, a file size limit) leaves the older report whole; a file that is a symbolic link
   * is replaced, never written through.
   *
   * @param folder the folder
   * @return the files written, {@code report.json} and then {@code report.html}
   * @throws UncheckedIOException if they cannot be written, saying which and why
   */
  public List<Path> write(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          texts.get("simulate.cannotMake", folder, String.valueOf(e.getMessage())), e);
    }
    Path json = folder.resolve(JSON_FILE);
    Path html = folder.resolve(HTML_FILE);
    byte[] htmlBytes =
        new HtmlReport(territory, result, seed, texts).html().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.writeAll(
        List.of(
            new AtomicFiles.Output(
                json,
                out ->
                    new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(out, json())),
            new AtomicFiles.Output(html, out -> out.write(htmlBytes))));
    return List.of(json, html);
  }

  /**
   * The summary for a terminal.
   *
   * @return lines of text, ending with a line break
   */
  public String summary() {
    String nl = System.lineSeparator();
    LedgerLine total = result.ledger().total();
    KpiFigures f = result.figures();
    StringBuilder sb = new StringBuilder();
    String district = territory.district().name();
    String code = territory.district().code().value();
    sb.append(
            result
                .listCycle()
                .map(
                    c ->
                        t(
                            "sim.heading.period",
                            district,
                            code,
                            c.first().toString(),
                            c.last().toString(),
                            Long.toString(seed)))
                .orElseGet(() -> t("sim.heading", district, code, Long.toString(seed))))
        .append(nl);
    sb.append(
            t(
                "sim.orders",
                total.formed(),
                total.closed(),
                percent(
                    total.formed() == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of((double) total.closed() / total.formed())),
                total.open(),
                total.cancelled()))
        .append(nl);
    sb.append(
            t(
                "sim.kpis",
                percent(f.closureRate()),
                percent(f.onTimeClosureRate()),
                percent(f.satisfactionRate()),
                percent(f.reworkRate())))
        .append(nl);
    sb.append(t("sim.escalations"));
    for (EscalationLevel level : EscalationLevel.values()) {
      if (level != EscalationLevel.GRID) {
        sb.append(' ')
            .append(texts.chinese() ? texts.name(level) : level.name().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(result.escalationsByLevel().get(level));
      }
    }
    sb.append(nl).append(nl);
    // the street column spans a row's code and name: 9 + 2 + 10 terminal columns
    sb.append(DistrictSummary.pad(t("sim.column.street"), 21))
        .append(' ')
        .append(right(t("sim.column.formed"), 7))
        .append(' ')
        .append(right(t("sim.column.closed"), 7))
        .append(' ')
        .append(right(t("sim.column.open"), 5))
        .append(' ')
        .append(right(t("sim.column.cancelled"), 9))
        .append(nl);
    Map<StreetCode, LedgerLine> byStreet = result.ledger().byStreet();
    for (Street s : territory.streets()) {
      LedgerLine line = byStreet.getOrDefault(s.code(), LedgerLine.EMPTY);
      sb.append(
              String.format(
                  "%-9s  %s %7d %7d %5d %9d",
                  s.code(),
                  DistrictSummary.pad(s.name(), 10),
                  line.formed(),
                  line.closed(),
                  line.open(),
                  line.cancelled()))
          .append(nl);
    }
    sb.append(nl);
    result.listCycle().ifPresent(c -> new ListCycleReport(territory, c, texts).summary(sb, nl));
    meetingLines(sb, nl);
    weakGridLines(sb, nl);
    starLines(sb, nl);
    refusalLine(sb, nl);
    return sb.toString();
  }

  private void meetingLines(StringBuilder sb, String nl) {
    MeetingFigures m = result.meetingFigures();
    sb.append(
            t(
                "sim.meetings",
                m.jointMeetings(),
                m.agendaItems(),
                m.decided(),
                m.dispatched(),
                m.supervised(),
                m.settledBeforeMeeting()))
        .append(nl);
    sb.append(t("sim.meetings.routed", m.routedToJointMeeting(), m.awaitingMeeting())).append(nl);
    sb.append(
            t(
                "sim.consultations",
                m.consultationMeetings(),
                m.consultationSessions(),
                m.consultationsAgreed(),
                m.mostSessions()))
        .append(nl);
  }

  private void weakGridLines(StringBuilder sb, String nl) {
    List<WeakGridLine> weak = result.weakGrids();
    Map<WeakGridReason, Integer> byReason = new EnumMap<>(WeakGridReason.class);
    result.weakGridFindings().forEach(w -> byReason.merge(w.reason(), 1, Integer::sum));
    sb.append(t("sim.weak", weak.size()));
    if (!weak.isEmpty()) {
      sb.append(" (");
      StringJoiner reasons = new StringJoiner(", ");
      byReason.forEach(
          (reason, n) -> reasons.add(t("html.weak.reason." + reason.name()) + " " + n));
      sb.append(reasons).append(")");
    }
    sb.append(nl);
    int shown = Math.min(SHOWN_WEAK_GRIDS, weak.size());
    for (WeakGridLine line : weak.subList(0, shown)) {
      StringJoiner quarters = new StringJoiner(" ");
      line.quarters().forEach(q -> quarters.add(q.toString()));
      StringJoiner reasons = new StringJoiner(", ");
      line.reasons().forEach(r -> reasons.add(t("html.weak.reason." + r.name())));
      sb.append(
              String.format(
                  Locale.ROOT,
                  "  %s  %s %s %5.1f  %s  %s",
                  line.grid(),
                  DistrictSummary.pad(gridName(line.grid()), 22),
                  DistrictSummary.pad(communityName(line.grid()), 20),
                  line.lowestScore(),
                  quarters,
                  reasons))
          .append(nl);
    }
    if (shown < weak.size()) {
      sb.append(t("sim.weak.more", weak.size() - shown)).append(nl);
    }
  }

  private void starLines(StringBuilder sb, String nl) {
    List<GridServiceStar> stars = result.stars();
    sb.append(t("sim.stars", stars.size()));
    if (stars.isEmpty()) {
      sb.append(t("sim.stars.none"));
    }
    sb.append(nl);
    for (GridServiceStar star : stars.subList(0, Math.min(SHOWN_STARS, stars.size()))) {
      sb.append(
              String.format(
                  Locale.ROOT,
                  t("sim.star"),
                  star.quarter(),
                  star.grid(),
                  DistrictSummary.pad(gridName(star.grid()), 22),
                  star.person(),
                  star.ratedOrders(),
                  star.satisfactionRate() * 100))
          .append(nl);
    }
    if (stars.size() > SHOWN_STARS) {
      sb.append(t("sim.stars.more", stars.size() - SHOWN_STARS)).append(nl);
    }
  }

  private void refusalLine(StringBuilder sb, String nl) {
    sb.append(t("sim.refusals"));
    if (result.refusals().isEmpty()) {
      sb.append(t("sim.refusals.none"));
    } else {
      StringJoiner kinds = new StringJoiner(", ");
      result.refusals().forEach((kind, n) -> kinds.add(kind + " " + n));
      sb.append(result.refusalCount()).append(" (").append(kinds).append(")");
    }
    sb.append(nl);
  }

  private static void counts(ObjectNode node, LedgerLine line) {
    node.put("formed", line.formed());
    node.put("closed", line.closed());
    node.put("open", line.open());
    node.put("cancelled", line.cancelled());
  }

  private static void rate(ObjectNode node, String name, OptionalDouble rate) {
    if (rate.isPresent()) {
      node.put(name, Math.round(rate.getAsDouble() * 10_000) / 10_000.0);
    } else {
      node.putNull(name);
    }
  }

  private String percent(OptionalDouble rate) {
    return rate.isPresent()
        ? String.format("%.1f %%", rate.getAsDouble() * 100)
        : t("html.notAvailable");
  }

  /** Text right-aligned in a column of terminal width, CJK characters counting two. */
  static String right(String text, int width) {
    return " ".repeat(Math.max(0, width - DistrictSummary.width(text))) + text;
  }
}
