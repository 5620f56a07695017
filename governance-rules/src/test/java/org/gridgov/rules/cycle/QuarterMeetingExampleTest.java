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
import static org.gridgov.rules.cycle.Cycles.small;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.lists.DemandId;
import org.junit.jupiter.api.Test;

/** The embedding guide's quarter meeting does what the guide says, and the guide quotes it. */
class QuarterMeetingExampleTest {

  private static final Path GUIDE = Path.of("../docs/EMBEDDING.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/gridgov/rules/cycle/QuarterMeetingExample.java");
  private static final String TAG = "quarter-meeting";

  @Test
  void oneQuartersMeetingAgreesAndDispatchesTheResourcedProjects() {
    CycleLedger ledger = CycleLedger.empty();
    applied(
        ledger.list(
            resource("r-paired", ProviderKind.PAIRED_UNIT, Capacity.of(300_000, 200, 0)),
            day(Q1, 1)));

    MeetingMinutes minutes =
        QuarterMeetingExample.runQuarter(
            Cycles.ENGINE,
            ledger,
            ZHANQIAN,
            Q1,
            List.of(
                big("d-lift-1", ProjectKind.LIFT_INSTALLATION, 100_000),
                big("d-lift-2", ProjectKind.LIFT_INSTALLATION, 100_000),
                small("d-light")),
            PARTICIPANTS,
            SUBJECTS);

    assertThat(minutes.agenda())
        .singleElement()
        .extracting(e -> e.outcome())
        .isEqualTo(MeetingOutcome.AGREED);
    assertThat(ledger.item(DemandId.of("d-lift-1")).orElseThrow().state())
        .isEqualTo(ItemState.DISPATCHED);
    assertThat(ledger.item(DemandId.of("d-light")).orElseThrow().state())
        .isEqualTo(ItemState.DISPATCHED);
    assertThat(ledger.item(DemandId.of("d-light")).orElseThrow().project()).isEmpty();
  }

  @Test
  void theGuideQuotesTheProgramAsItIs() throws IOException {
    List<String> quoted = between(Files.readAllLines(GUIDE));
    List<String> source = between(Files.readAllLines(SOURCE));

    assertThat(source).hasSizeGreaterThan(20);
    assertThat(quoted).isEqualTo(source);
  }

  /** The lines between the tag markers, less the indentation of the first marker. */
  private static List<String> between(List<String> lines) {
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// tag::" + TAG + "[]")) {
        begin = i;
      } else if (line.equals("// end::" + TAG + "[]")) {
        end = i;
      }
    }
    assertThat(begin).as("the line // tag::%s[]", TAG).isNotNegative();
    assertThat(end).as("the line // end::%s[] after its tag", TAG).isGreaterThan(begin);
    int indent = lines.get(begin).indexOf(lines.get(begin).strip());
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(begin + 1, end)) {
      out.add(line.substring(Math.min(indent, line.length() - line.stripLeading().length())));
    }
    return out;
  }
}
