package org.gridgov.examples.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.examples.summary.DistrictSummary;

/**
 * A year's result as the report reads it: a summary for the terminal and {@code report.json} with
 * {@code district.code}, {@code orders.formed/closed/open/cancelled}, {@code streets[]} (code,
 * name, formed, closed, open, cancelled), {@code escalations} per level and {@code kpis} ({@code
 * closureRate}, {@code onTimeRate}, {@code satisfactionRate}, {@code reworkRate}; null where a rate
 * has no denominator).
 */
public final class SimulationReport {

  private final Territory territory;
  private final SimulationResult result;
  private final long seed;

  /**
   * Makes the report of a result.
   *
   * @param territory the district's territory, for street names
   * @param result the year's result
   * @param seed the seed the year was simulated with
   */
  public SimulationReport(Territory territory, SimulationResult result, long seed) {
    this.territory = territory;
    this.result = result;
    this.seed = seed;
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
    return root;
  }

  /**
   * Writes {@code report.json} into a folder, creating the folder if needed.
   *
   * @param folder the folder
   * @return the file written
   * @throws UncheckedIOException if it cannot be written
   */
  public Path writeJson(Path folder) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve("report.json");
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(file.toFile(), json());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code report.html} into a folder, creating the folder if needed.
   *
   * @param folder the folder
   * @return the file written
   * @throws UncheckedIOException if it cannot be written
   * @see HtmlReport
   */
  public Path writeHtml(Path folder) {
    return new HtmlReport(territory, result, seed).write(folder);
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
    sb.append(territory.district().name())
        .append(" (")
        .append(territory.district().code())
        .append("), one simulated year, seed ")
        .append(seed)
        .append(nl);
    sb.append(
            String.format(
                "formed %d, closed %d (%s), open %d, cancelled %d",
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
            String.format(
                "closure rate %s, on-time closure %s, satisfaction %s, rework %s",
                percent(f.closureRate()),
                percent(f.onTimeClosureRate()),
                percent(f.satisfactionRate()),
                percent(f.reworkRate())))
        .append(nl);
    sb.append("escalations:");
    for (EscalationLevel level : EscalationLevel.values()) {
      if (level != EscalationLevel.GRID) {
        sb.append(' ')
            .append(level.name().toLowerCase(java.util.Locale.ROOT))
            .append(' ')
            .append(result.escalationsByLevel().get(level));
      }
    }
    sb.append(nl).append(nl);
    sb.append(
            String.format(
                "%-9s  %-10s %7s %7s %5s %9s",
                "street", "", "formed", "closed", "open", "cancelled"))
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
    return sb.toString();
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

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format("%.1f %%", rate.getAsDouble() * 100) : "n/a";
  }
}
