package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.PARTICIPANTS;
import static org.gridgov.rules.cycle.Cycles.Q1;
import static org.gridgov.rules.cycle.Cycles.SUBJECTS;
import static org.gridgov.rules.cycle.Cycles.ZHANQIAN;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.big;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleReview;
import org.gridgov.rules.decision.AgendaFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list-cycle tables replace like the others, as docs/INTEGRATORS.md shows: agenda weights,
 * project time limits and a dispatch rule, each checked by {@code check-rules} and taking effect.
 */
class IntegratorCycleTablesTest {

  @TempDir Path folder;

  private static String defaultFile(String resource) throws IOException {
    try (InputStream in =
        IntegratorCycleTablesTest.class
            .getClassLoader()
            .getResourceAsStream("org/gridgov/rules/cycle/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void write(String resource, String text) throws IOException {
    Path file = folder.resolve(resource);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theDefaultListCycleFilesPassCheckRules() throws IOException {
    for (String file :
        List.of(
            "tracks/tracks.drl.csv",
            "grouping/grouping.drl.csv",
            "matching/provider-order.drl.csv",
            "referral/referral.drl.csv",
            "agenda/agenda.drl.csv",
            "outcomes/meeting-outcomes.drl.csv",
            "dispatch/dispatch.drl.csv",
            "timelimits/project-time-limits.drl.csv",
            "ratings/project-ratings.drl.csv",
            "supervision/late-projects.drl.csv")) {
      write(file, defaultFile(file));
    }

    RuleReview review = GovernanceEngine.review(List.of(), folder);

    assertThat(review.problems()).isEmpty();
    assertThat(review.notes()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void changedAgendaWeightsTimeLimitsAndDispatchRuleTakeEffect() throws IOException {
    write(
        "agenda.drl.csv",
        defaultFile("agenda/agenda.drl.csv")
            .replace("\"QUARTERS_CARRIED, 1.5\"", "\"QUARTERS_CARRIED, 5.0\"")
            .replace("\"COMMUNITY, 6\"", "\"COMMUNITY, 8\""));
    write(
        "project-time-limits.drl.csv",
        defaultFile("timelimits/project-time-limits.drl.csv")
            .replace(
                "a lift is installed within 240 working days,defined,\"LIFT_INSTALLATION, 240,",
                "a lift is installed within 300 working days,defined,\"LIFT_INSTALLATION, 300,"));
    write(
        "dispatch.drl.csv",
        defaultFile("dispatch/dispatch.drl.csv")
            .replace(
                "a lift installation goes to the owners' committee,all,LIFT_INSTALLATION,,true,,"
                    + "\"OWNERS_COMMITTEE, 10\"",
                "a lift installation goes to the paired unit,all,LIFT_INSTALLATION,,,true,"
                    + "\"DISTRICT_UNIT, 10\""));
    assertThat(GovernanceEngine.review(List.of(), folder).problems()).isEmpty();

    ListCycle cycle = ListCycle.on(GovernanceEngine.builder().rules(folder).build());

    CycleTables tables = cycle.tables();
    assertThat(tables.weightByFactor().get(AgendaFactor.QUARTERS_CARRIED)).isEqualTo(5.0);
    assertThat(tables.capacity(org.gridgov.core.territory.CommunityKind.COMMUNITY).projects())
        .isEqualTo(8);
    CycleLedger ledger = CycleLedger.empty();
    applied(
        ledger.list(
            resource("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(300_000, 200, 0)),
            day(Q1, 1)));
    applied(Cycles.form(ledger, big("d-1", ProjectKind.LIFT_INSTALLATION, 100_000), day(Q1, 2)));
    ProjectProposal p = cycle.propose(ledger, ZHANQIAN, Q1).get(0);
    applied(ledger.propose(p, day(Q1, 3)));
    applied(ledger.record(cycle.meeting(ledger, ZHANQIAN, Q1, day(Q1, 30), PARTICIPANTS)));
    ProjectDispatch d = cycle.dispatch(ledger, p.id(), SUBJECTS, day(Q1, 31));

    assertThat(d.subject().kind()).isEqualTo(SubjectKind.DISTRICT_UNIT);
    assertThat(d.subjectRule()).isEqualTo("a lift installation goes to the paired unit");
    assertThat(d.timeLimitRule()).isEqualTo("a lift is installed within 300 working days");
  }
}
