package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.common.Refused;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.ReportJson;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.examples.district.CompetentUnits;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.text.RuleNames;
import org.gridgov.examples.text.Texts;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleLoadException;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.escalation.EscalationSweep;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the escalation sweep decides at a chosen time about orders dispatched at another: a what-if
 * for time limits and sweep rules.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Reports each ORDER.json (the format of route), routes and dispatches it in the district"
          + " (default: Jin'an populated with --seed) at --dispatched, then sweeps the open orders"
          + " at --at and prints, per order, its deadlines and every sweep decision with its rule."
          + " Times are printed in the district's zone."
    })
final class SweepCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ORDER.json", arity = "1..*", description = "the orders' reports")
  private List<Path> orders;

  @Option(
      names = "--dispatched",
      required = true,
      paramLabel = "INSTANT",
      description = "when the orders are dispatched, such as 2024-03-04T09:00:00+08:00")
  private OffsetDateTime dispatched;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "INSTANT",
      description = "when the sweep looks at them, such as 2024-03-06T09:00:00+08:00")
  private OffsetDateTime at;

  @Option(names = "--rules", paramLabel = "DIR", description = "an integrator rule folder")
  private Path rules;

  @CommandLine.Mixin private DistrictOptions districtOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (at.toInstant().isBefore(dispatched.toInstant())) {
      err.println(
          Texts.in(GridGovCommand.locale(spec)).get("sweep.atBeforeDispatched", at, dispatched));
      return 1;
    }
    orders.forEach(file -> Arguments.inputFile(file, "ORDER.json"));
    districtOptions.check();
    if (rules != null) {
      Arguments.ruleFolder(rules, "--rules");
    }
    Path current = null;
    try {
      PopulatedDistrict populated = districtOptions.populate();
      Instant from = dispatched.toInstant();
      GovernanceEngine.Builder builder =
          GovernanceEngine.builder().clock(Clock.fixed(from, dispatched.getOffset()));
      if (rules != null) {
        builder.rules(rules);
      }
      GovernanceEngine engine = builder.build();
      Escalation escalation = Escalation.on(engine);
      Routing routing = Routing.on(engine);
      DistrictContext context =
          DistrictContext.of(populated.snapshot(), CompetentUnits.of(populated.snapshot()));
      List<WorkOrder> open = new ArrayList<>();
      for (Path file : orders) {
        current = file;
        WorkOrder reported =
            WorkOrder.report(
                new ReportJson().read(file, () -> populated.snapshot().territory()),
                Actor.system("gridgov sweep"),
                from,
                "read from " + file);
        open.add(
            Routing.apply(reported, routing.route(context, reported), escalation, from)
                .orElseThrow());
      }
      current = null;
      EscalationSweep sweep = escalation.sweep(open, at.toInstant());
      ZoneId zone = engine.calendar().zone();
      Texts texts = Texts.in(GridGovCommand.locale(spec));
      RuleNames names = RuleNames.of(engine, texts);
      java.util.function.Function<Instant, String> time =
          t ->
              texts.chinese()
                  ? Texts.localTime(t, zone)
                  : t.atZone(zone).toOffsetDateTime().toString();
      out.println(texts.get("sweep.at", time.apply(sweep.at())));
      for (WorkOrder o : open) {
        out.println(
            texts.get(
                "sweep.order",
                o.id(),
                Explanations.category(texts, routing, o.category()),
                texts.chinese() ? texts.name(o.urgency()) : o.urgency(),
                o.assignee()
                    .map(s -> texts.chinese() ? texts.name(s.kind()) : s.kind().toString())
                    .orElse(""),
                texts.chinese() ? texts.name(o.escalationLevel()) : o.escalationLevel()));
        o.deadlines()
            .acceptBy()
            .ifPresent(t -> out.println(texts.get("sweep.acceptBy", time.apply(t))));
        o.deadlines()
            .resolveBy()
            .ifPresent(t -> out.println(texts.get("sweep.resolveBy", time.apply(t))));
        for (OrderDecision d : sweep.forOrder(o.id())) {
          out.println(
              texts.get("sweep.decision", Explanations.kind(texts, d), names.shown(d.rule())));
        }
      }
      return 0;
    } catch (JsonLoadException | RuleLoadException e) {
      err.println(((org.gridgov.core.common.Describable) e).describe(GridGovCommand.locale(spec)));
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(
          (current == null ? "" : current + ": ")
              + Refused.textOf(e).render(GridGovCommand.locale(spec)));
      return 1;
    }
  }
}
