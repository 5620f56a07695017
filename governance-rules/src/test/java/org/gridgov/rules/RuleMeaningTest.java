package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes integrators make that compile but mean nothing: each is refused by the review that
 * {@code gridgov check-rules} runs, at its file and line (a table's row), with the valid values. A
 * folder without mistakes has no problem, and what it replaces is a note, not a problem.
 */
class RuleMeaningTest {

  @TempDir Path dir;

  /** A category of the folder's own, routed to the paired unit. */
  private static final String CATEGORY = String.join("\n", BadRuleFiles.DRL) + "\n";

  /** The head of a time-limit table of the folder's own, up to its row of column names. */
  private static final String LIMITS_HEAD =
      String.join("\n", BadRuleFiles.TABLE.subList(0, 8)) + "\n";

  private static final String MATRIX_HEAD =
      """
      RuleSet,org.gridgov.local.matrix,,,,
      Import,"org.gridgov.rules.fact.*, org.gridgov.rules.decision.RouteCandidate, org.gridgov.core.lists.MatterKind, org.gridgov.core.territory.PropertyMode",,,,
      ,,,,,
      RuleTable Local routing,,,,,
      NAME,CONDITION,CONDITION,CONDITION,ACTION
      ,$case : RoutingCase...,$case...,$case...,
      ,"\"\"$param\"\" == \"\"all\"\"",topic == Topic.$param,propertyMode == PropertyMode.$param,"insert(RouteCandidate.of($case, RoutingTarget.$1, $2, ""$3"", ""$4"", drools.getRule().getName()));"
      Rule,Orders,Topic,Property mode,"Target, priority, informed, timing"
      """;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private RuleReview review() {
    return GovernanceEngine.review(List.of(), dir);
  }

  /** The one problem of the review, which must be at the file and line. */
  private RuleProblem onlyProblem(String file, int line) {
    RuleReview review = review();
    assertThat(review.problems()).hasSize(1);
    RuleProblem problem = review.problems().get(0);
    assertThat(problem.file()).isEqualTo(file);
    assertThat(problem.line()).isEqualTo(line);
    return problem;
  }

  private void limits(String... rows) throws IOException {
    write("rider-limits.drl.csv", LIMITS_HEAD + String.join("\n", rows) + "\n");
  }

  private void matrix(String... rows) throws IOException {
    write("local-routing.drl.csv", MATRIX_HEAD + String.join("\n", rows) + "\n");
  }

  @Test
  void aFolderWithoutMistakesHasNoProblem() throws IOException {
    write("riders.drl", CATEGORY);
    limits("routine rider limits,ROUTINE,SERVICE_RIDER_STATION,\"hours(2), days(2), 10\",");
    matrix(
        "property rows go to the company,all,PROPERTY,PROFESSIONAL,\"PROPERTY_COMPANY, 25,"
            + " COMMUNITY_COMMITTEE+STREET, normally\"");

    RuleReview review = review();

    assertThat(review.problems()).isEmpty();
    assertThat(review.notes()).isEmpty();
  }

  @Test
  void aMisspeltCategoryCodeInTheTimeLimitTableIsRefusedAtItsRowWithTheCategories()
      throws IOException {
    write("riders.drl", CATEGORY);
    limits("routine rider limits,ROUTINE,SERVICE_RIDER_STATON,\"hours(2), days(2), 10\",");

    RuleProblem problem = onlyProblem("rider-limits.drl.csv", 9);

    assertThat(problem.message())
        .contains("\"SERVICE_RIDER_STATON\" is not a category code")
        .contains("SERVICE_RIDER_STATION", "SERVICE_ELDERLY_CARE");
  }

  @Test
  void aMisspeltUrgencyInTheTimeLimitTableIsRefusedWithTheUrgencies() throws IOException {
    write("riders.drl", CATEGORY);
    limits("urgent rider limits,URGNT,SERVICE_RIDER_STATION,\"hours(1), days(1), 10\",");

    RuleProblem problem = onlyProblem("rider-limits.drl.csv", 9);

    assertThat(problem.message())
        .contains("\"URGNT\" is not a value of Urgency")
        .contains("ROUTINE, URGENT, EMERGENCY");
    assertThat(problem.describe(Locale.CHINESE))
        .startsWith("rider-limits.drl.csv 第 9 行：“URGNT”不是 Urgency")
        .contains("该规则永远不会匹配")
        .contains("ROUTINE, URGENT, EMERGENCY");
  }

  @Test
  void anUrgencyInLowerCaseIsRefusedAsTheTableComparesItsText() throws IOException {
    write("riders.drl", CATEGORY);
    limits(
        "routine rider limits,ROUTINE,SERVICE_RIDER_STATION,\"hours(2), days(2), 10\",",
        "urgent rider limits,urgent,SERVICE_RIDER_STATION,\"hours(1), days(1), 10\",");

    RuleProblem problem = onlyProblem("rider-limits.drl.csv", 10);

    assertThat(problem.message()).contains("\"urgent\" is not a value of Urgency");
  }

  @Test
  void aCellWithAValueMissingLeavesAPlaceholderThatIsRefusedAtItsRow() throws IOException {
    write(
        "more-categories.drl.csv",
        """
        RuleSet,org.gridgov.local.categories,,
        Import,"org.gridgov.rules.fact.*, org.gridgov.rules.decision.CategoryDefinition, org.gridgov.core.lists.MatterKind",,
        ,,,
        RuleTable More categories,,,
        NAME,CONDITION,ACTION,
        ,$request : CatalogueRequest,,
        ,"\"\"$param\"\" == \"\"defined\"\"","insert(CategoryDefinition.of(""$1"", ""$2"", CategoryClass.$3, Topic.$4, MatterKind.$5, ""$6"".equals(""NONE"") ? \"\"\"\" : ""$6"", drools.getRule().getName()));",
        Rule,Defined,"Code, name, class, topic, matter kind, skill",
        category SERVICE_RIDER_STATION,defined,"SERVICE_RIDER_STATION, 暖心驿站服务, SERVICE, GENERAL, ASSISTANCE",
        """);

    RuleProblem problem = onlyProblem("more-categories.drl.csv", 9);

    assertThat(problem.message()).contains("$6").contains("fewer values than its column takes");
  }

  @Test
  void aDeletedDefaultRowLeavesAnUrgencyWithoutATimeLimitWhichIsRefused() throws IOException {
    write(
        "sla.drl.csv",
        LIMITS_HEAD.replace("org.gridgov.local.limits", "org.gridgov.rules.escalation.sla")
            + "emergencies,EMERGENCY,,\"hours(1), days(1), 0\",\n"
            + "urgent orders,URGENT,,\"hours(4), days(3), 0\",\n");

    RuleReview review = review();

    assertThat(review.problems()).hasSize(1);
    RuleProblem problem = review.problems().get(0);
    assertThat(problem.file()).isEqualTo("sla.drl.csv");
    assertThat(problem.line()).isEqualTo(9);
    assertThat(problem.message())
        .contains("no time limit at ROUTINE")
        .contains("SERVICE_ELDERLY_CARE", "EVENT_FIRE_HAZARD");
    assertThat(review.notes()).anyMatch(n -> n.contains("replaces the default sla.drl.csv"));
  }

  @Test
  void aMisspeltCategoryCodeInARuleIsRefusedAtItsLine() throws IOException {
    write(
        "riders.drl",
        CATEGORY.replace(
            "(categoryCode == \"SERVICE_RIDER_STATION\"",
            "(categoryCode == \"SERVICE_RIDER_STATON\""));

    RuleProblem problem = onlyProblem("riders.drl", 19);

    assertThat(problem.message()).contains("\"SERVICE_RIDER_STATON\" is not a category code");
  }

  @Test
  void aMisspeltTopicInARuleIsRefusedAtItsLineWithTheTopics() throws IOException {
    write("riders.drl", CATEGORY.replace("Topic.GENERAL", "Topic.GENERL"));

    RuleReview review = review();

    assertThat(review.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("riders.drl");
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.message())
                  .contains("Topic.GENERL is not a value of Topic")
                  .contains("GENERAL, PROPERTY, SAFETY");
            })
        .allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void aMisspeltTopicInATableIsRefusedAtItsRow() throws IOException {
    matrix(
        "property rows go to the company,all,PROPERTTY,PROFESSIONAL,\"PROPERTY_COMPANY, 25,"
            + " none, normally\"");

    RuleReview review = review();

    assertThat(review.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("Topic.PROPERTTY").contains("HARDSHIP_RELIEF");
            })
        .allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void aMisspeltPropertyModeIsRefusedWithTheModes() throws IOException {
    matrix(
        "property rows go to the company,all,PROPERTY,PROFESIONAL,\"PROPERTY_COMPANY, 25,"
            + " none, normally\"");

    assertThat(review().problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("PropertyMode.PROFESIONAL").contains("SELF_MANAGED");
            });
  }

  @Test
  void aMisspeltTargetIsRefusedWithTheTargets() throws IOException {
    matrix(
        "property rows go to the company,all,PROPERTY,PROFESSIONAL,\"PROPERTY_COMPNY, 25,"
            + " none, normally\"");

    assertThat(review().problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message())
                  .contains("RoutingTarget.PROPERTY_COMPNY")
                  .contains("JOINT_MEETING");
            });
  }

  @Test
  void aMisspeltInformedTargetIsRefusedAtItsRow() throws IOException {
    matrix(
        "property rows go to the company,all,PROPERTY,PROFESSIONAL,\"PROPERTY_COMPANY, 25,"
            + " COMMUNITY+STREET, normally\"");

    RuleProblem problem = onlyProblem("local-routing.drl.csv", 9);

    assertThat(problem.message()).contains("\"COMMUNITY\"").contains("COMMUNITY_COMMITTEE");
  }

  @Test
  void aTimingRoutingDoesNotKnowIsRefusedAtItsRow() throws IOException {
    matrix(
        "property rows go to the company,all,PROPERTY,PROFESSIONAL,\"PROPERTY_COMPANY, 25,"
            + " none, at once\"");

    RuleProblem problem = onlyProblem("local-routing.drl.csv", 9);

    assertThat(problem.message()).contains("\"at once\" is neither immediately nor normally");
  }

  @Test
  void aRowThatSaysAnyWhereTheColumnMatchesOnlyAllCanNeverMatch() throws IOException {
    matrix(
        "property rows go to the company,any,PROPERTY,PROFESSIONAL,\"PROPERTY_COMPANY, 25,"
            + " none, normally\"");

    RuleProblem problem = onlyProblem("local-routing.drl.csv", 9);

    assertThat(problem.message()).contains("can never match").contains("write all");
  }

  @Test
  void aMisspeltMatterKindInARuleIsRefusedWithTheKinds() throws IOException {
    write("riders.drl", CATEGORY.replace("MatterKind.ASSISTANCE", "MatterKind.ASSIST"));

    assertThat(review().problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.message()).contains("MatterKind.ASSIST ").contains("AUTONOMY");
            });
  }

  @Test
  void aMisspeltCategoryClassInARuleIsRefusedWithTheClasses() throws IOException {
    write("riders.drl", CATEGORY.replace("CategoryClass.SERVICE", "CategoryClass.SERVICES"));

    assertThat(review().problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.message()).contains("CategoryClass.SERVICES").contains("COMPONENT");
            });
  }

  @Test
  void aCategoryDefinedAgainIsRefusedAtTheRuleThatDefinesItAgain() throws IOException {
    write(
        "riders.drl",
        CATEGORY
            .replace(
                "\"category SERVICE_RIDER_STATION\"", "\"category SERVICE_ELDERLY_CARE again\"")
            .replace("of(\"SERVICE_RIDER_STATION\"", "of(\"SERVICE_ELDERLY_CARE\""));

    RuleReview review = review();

    assertThat(review.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("riders.drl");
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message()).contains("defines the category SERVICE_ELDERLY_CARE again");
            });
  }

  @Test
  void aTimeLimitRowThatNeverWinsIsRefused() throws IOException {
    write("riders.drl", CATEGORY);
    limits("routine rider limits,ROUTINE,SERVICE_RIDER_STATION,\"hours(2), days(2), -5\",");

    RuleProblem problem = onlyProblem("rider-limits.drl.csv", 9);

    assertThat(problem.message()).contains("never sets a time limit");
  }

  @Test
  void aTimeToAcceptLongerThanTheTimeToResolveIsRefused() throws IOException {
    write("riders.drl", CATEGORY);
    limits("routine rider limits,ROUTINE,SERVICE_RIDER_STATION,\"days(5), hours(4), 10\",");

    RuleProblem problem = onlyProblem("rider-limits.drl.csv", 9);

    assertThat(problem.message()).contains("longer to accept (5 working days)");
  }

  @Test
  void anUrgencyTextMisspeltInARuleIsRefusedAtItsLine() throws IOException {
    write(
        "urgent.drl",
        """
        package org.gridgov.local.urgent;
        import org.gridgov.rules.fact.SlaQuery;
        import org.gridgov.rules.decision.TimeLimit;
        import org.gridgov.rules.decision.WorkingTime;

        rule "urgent rider limits"
        when
          $query : SlaQuery(urgency in ("URGENT", "EMERGANCY"), categoryCode == "SERVICE_OTHER")
        then
          insert(TimeLimit.of($query, WorkingTime.hours(1), WorkingTime.days(1), 10,
              drools.getRule().getName()));
        end
        """);

    RuleProblem problem = onlyProblem("urgent.drl", 8);

    assertThat(problem.message()).contains("\"EMERGANCY\" is not a value of Urgency");
  }

  @Test
  void aNewCategoryWithoutATimeLimitAtAnUrgencyIsRefusedAtItsDefinition() throws IOException {
    write("riders.drl", CATEGORY);
    write(
        "sla.drl.csv",
        LIMITS_HEAD.replace("org.gridgov.local.limits", "org.gridgov.rules.escalation.sla")
            + "emergencies,EMERGENCY,,\"hours(1), days(1), 0\",\n"
            + "urgent orders,URGENT,,\"hours(4), days(3), 0\",\n"
            + "routine orders,ROUTINE,,\"days(1), days(5), 0\",\n"
            + "routine riders,ROUTINE,SERVICE_RIDER_STATION,\"days(1), days(2), 10\",\n"
            + "urgent riders,URGENT,SERVICE_RIDER_STATION,\"hours(1), days(1), 10\",\n");

    assertThat(review().problems()).isEmpty();
  }

  @Test
  void aMisspeltEscalationLevelInARuleIsRefusedWithTheLevels() throws IOException {
    write(
        "levels.drl",
        """
        package org.gridgov.local.levels;
        import org.gridgov.rules.fact.OpenOrder;
        import org.gridgov.rules.decision.DuplicateOf;
        import org.gridgov.core.workorder.EscalationLevel;

        rule "orders at the street are supervised"
        when
          $o : OpenOrder(level == EscalationLevel.STREETS)
        then
          insert(new DuplicateOf($o.orderId(), $o.orderId(), drools.getRule().getName()));
        end
        """);

    assertThat(review().problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("levels.drl");
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message()).contains("EscalationLevel.STREETS").contains("GRID");
            });
  }

  @Test
  void replacingADefaultTableIsANoteNotAProblem() throws IOException {
    String defaults =
        new String(
            GovernanceEngine.class.getResourceAsStream("escalation/sla/sla.drl.csv").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    write("sla.drl.csv", defaults.replace("days(5), 0", "days(4), 0"));

    RuleReview review = review();

    assertThat(review.problems()).isEmpty();
    assertThat(review.notes())
        .containsExactly(
            "sla.drl.csv replaces the default sla.drl.csv (package"
                + " org.gridgov.rules.escalation.sla)");
  }
}
