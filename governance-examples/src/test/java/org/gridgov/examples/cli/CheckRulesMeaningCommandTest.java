package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-rules} refuses rules that compile but mean nothing, and notes what they replace. */
class CheckRulesMeaningCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GridGovCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static final String LIMITS =
      String.join(
          "\n",
          "RuleSet,org.gridgov.rules.escalation.sla,,,",
          "Import,\"org.gridgov.rules.fact.SlaQuery, org.gridgov.rules.decision.TimeLimit,"
              + " org.gridgov.rules.decision.WorkingTime\",,,",
          "RuleTable Time limits,,,,",
          "NAME,CONDITION,CONDITION,ACTION,",
          ",$query : SlaQuery,SlaQuery,,",
          ",\"urgency == \"\"$param\"\"\",\"this == $query, categoryCode == \"\"$param\"\"\","
              + "\"insert(TimeLimit.of($query, WorkingTime.$1, WorkingTime.$2, $3,"
              + " drools.getRule().getName()));\",",
          "Rule,Urgency,Category,\"Accept, resolve, priority\",",
          "emergencies,EMERGENCY,,\"hours(1), days(1), 0\",",
          "urgent orders,URGNT,,\"hours(4), days(3), 0\",",
          "routine orders,ROUTINE,,\"days(1), days(5), 0\",",
          "");

  @Test
  void checkRulesRefusesAMisspeltUrgencyAtItsRowWithTheUrgencies(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("sla.drl.csv"), LIMITS);

    assertThat(run("check-rules", dir.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("sla.drl.csv:9: ")
        .contains("\"URGNT\" is not a value of Urgency")
        .contains("ROUTINE, URGENT, EMERGENCY")
        .contains("no time limit at URGENT");
    assertThat(out.toString()).contains("note: sla.drl.csv replaces the default sla.drl.csv");
  }

  @Test
  void checkRulesAcceptsAReplacedTableWithANote(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sla.drl.csv"), LIMITS.replace("URGNT", "URGENT"));

    assertThat(run("check-rules", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("note: sla.drl.csv replaces the default sla.drl.csv")
        .contains("the rules compile");
  }
}
