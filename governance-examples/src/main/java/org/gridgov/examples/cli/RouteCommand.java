package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.io.ReportJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.examples.district.CompetentUnits;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Routes one reported order in the populated district and prints the decision and its rules; a
 * person named as responsible is shown by surname only.
 */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description = {
      "Routes one work order in the district (default: Jin'an populated with --seed) and prints"
          + " who is responsible, the rule that decided, every rule considered and the deadlines.",
      "ORDER.json holds the report, for example:",
      "  {\"id\": \"WO-1\", \"origin\": {\"list\": \"DEMAND\", \"id\": \"D-1\"},"
          + " \"category\": \"SERVICE_DISPUTE\", \"matterKind\": \"AUTONOMY\","
          + " \"urgency\": \"ROUTINE\", \"channel\": \"CALL_GROUP\","
          + " \"grid\": \"350111001001001\", \"summary\": \"楼上漏水\"}"
    })
final class RouteCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ORDER.json", description = "the order's report")
  private Path order;

  @Option(names = "--rules", paramLabel = "DIR", description = "an integrator rule folder")
  private Path rules;

  @CommandLine.Mixin private DistrictOptions districtOptions;

  @Option(names = "--holidays", paramLabel = "FILE", description = HolidayFilesOption.DESCRIPTION)
  private List<Path> holidays = new ArrayList<>();

  private PopulatedDistrict populated;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "route and count the deadlines as at this instant, such as 2024-03-04T09:00:00+08:00"
              + " (default: now)")
  private java.time.OffsetDateTime at;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Arguments.inputFile(order, "ORDER.json");
    districtOptions.check();
    if (rules != null) {
      Arguments.ruleFolder(rules, "--rules");
    }
    List<HolidayTable> officialYears;
    try {
      officialYears = HolidayFilesOption.read(holidays);
    } catch (HolidayFilesOption.Refused e) {
      throw new CommandLineProblem((org.gridgov.core.common.Describable) e);
    }
    Report report = new ReportJson().read(order, this::populate);
    GovernanceEngine.Builder builder =
        GovernanceEngine.builder()
            .clock(at == null ? Clock.systemUTC() : Clock.fixed(at.toInstant(), at.getOffset()));
    if (rules != null) {
      builder.rules(rules);
    }
    officialYears.forEach(builder::officialYears);
    GovernanceEngine engine = builder.build();
    Instant now = engine.clock().instant();
    WorkOrder reported =
        WorkOrder.report(report, Actor.system("gridgov route"), now, "read from " + order);
    DistrictContext context =
        DistrictContext.of(populated.snapshot(), CompetentUnits.of(populated.snapshot()));
    RoutingDecision decision = Routing.on(engine).route(context, reported);
    Escalation escalation = Escalation.on(engine);
    Deadlines deadlines = escalation.deadlines(reported, now);
    java.time.ZoneId zone = engine.calendar().zone();
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    RuleNames names = RuleNames.of(engine, texts);
    java.util.function.Function<Instant, String> time =
        t ->
            texts.chinese()
                ? Texts.localTime(t, zone)
                : t.atZone(zone).toOffsetDateTime().toString();
    String category = Explanations.category(texts, Routing.on(engine), report.category());
    String urgency = texts.chinese() ? texts.name(report.urgency()) : report.urgency().toString();
    out.println(texts.get("route.order", report.id(), category, urgency));
    out.println(
        texts.get(
            decision.immediate() ? "route.responsible.atOnce" : "route.responsible",
            decision.responsible().maskedName(),
            kind(texts, decision.responsible().kind()),
            decision.responsible().reference()));
    decision
        .informed()
        .forEach(
            s -> out.println(texts.get("route.informed", s.maskedName(), kind(texts, s.kind()))));
    out.println(texts.get("route.rule", names.shown(decision.rule())));
    out.println(texts.get("route.at", time.apply(now)));
    out.println(
        texts.get(
            "route.timeLimits",
            names.shown(escalation.timeLimits(report.category(), report.urgency()).rule())));
    deadlines.acceptBy().ifPresent(t -> out.println(texts.get("route.acceptBy", time.apply(t))));
    deadlines.resolveBy().ifPresent(t -> out.println(texts.get("route.resolveBy", time.apply(t))));
    if (deadlines.provisional()) {
      out.println(
          texts.get(
              "route.provisional",
              texts.chinese() ? texts.get("route.provisionalWhy") : Routing.PROVISIONAL_DEADLINES));
    }
    out.println(texts.get("route.considered"));
    decision
        .considered()
        .forEach(c -> out.println("  " + Explanations.considered(texts, names, c)));
    return 0;
  }

  /** A subject kind as the reader reads it: its code in English, its name in Chinese. */
  private static String kind(Texts texts, org.gridgov.core.workorder.SubjectKind kind) {
    return texts.chinese() ? texts.name(kind) : kind.toString();
  }

  /** Populates the district, once the order reads, and gives its territory to check it against. */
  private Territory populate() {
    populated = districtOptions.populate();
    return populated.snapshot().territory();
  }
}
