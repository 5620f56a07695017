package org.gridgov.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.Figures;
import org.gridgov.rules.decision.Decision;
import org.junit.jupiter.api.Test;

/** The embedding guide's program does what the guide says, and the guide quotes it as it is. */
class EmbeddingGuideTest {

  private static final Path GUIDE = Path.of("../docs/EMBEDDING.md");
  private static final Path SOURCE =
      Path.of("src/main/java/org/gridgov/examples/embedding/EmbeddingExample.java");
  private static final String TAG = "embedding-example";

  /** The host project the build compiles and runs on core and rules alone (invoker). */
  private static final Path HOST_PROJECT =
      Path.of("../governance-embedding-it/src/it/host-on-core-and-rules");

  @Test
  void theProgramDispatchesTheOrderToTheSubjectTheRuleNamedAndAuditsTheRules() {
    DistrictSnapshot district =
        DistrictPopulation.of(Figures.REPORT)
            .populate(new HierarchyJson().readJinan().territory(), 7)
            .snapshot();

    EmbeddingExample.Outcome outcome =
        EmbeddingExample.run(
            district, Clock.fixed(EmbeddingExample.NOW, ZoneId.of("Asia/Shanghai")));

    assertThat(outcome.decision().rule()).isEqualTo("property matters go to the property company");
    assertThat(outcome.decision().responsible().kind()).isEqualTo(SubjectKind.PROPERTY_COMPANY);
    assertThat(outcome.order().status()).isEqualTo(WorkOrderStatus.DISPATCHED);
    assertThat(outcome.order().assignee()).contains(outcome.decision().responsible());
    WorkOrderEvent dispatched = outcome.order().history().get(1);
    assertThat(dispatched).isInstanceOf(WorkOrderEvent.Dispatched.class);
    assertThat(dispatched.actor().name()).isEqualTo(outcome.decision().rule());
    // 10:00 on Tuesday 5 March 2024: accept by the close of the next working day, resolve by the
    // close of the fifth working day after
    assertThat(outcome.order().deadlines().acceptBy())
        .map(Object::toString)
        .contains("2024-03-06T09:30:00Z");
    assertThat(outcome.order().deadlines().resolveBy())
        .map(Object::toString)
        .contains("2024-03-12T09:30:00Z");
    assertThat(outcome.audit())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.rule()).isNotBlank())
        .extracting(Decision::rule)
        .contains("property matters go to the property company");
  }

  @Test
  void theGuideQuotesTheProgramAsItIs() throws IOException {
    List<String> quoted = between(Files.readAllLines(GUIDE), TAG);
    List<String> source = between(Files.readAllLines(SOURCE), TAG);

    assertThat(source).hasSizeGreaterThan(30);
    assertThat(quoted).isEqualTo(source);
  }

  @Test
  void theGuideQuotesTheHostOnCoreAndRulesAndItsDependenciesAsTheBuildRunsThem()
      throws IOException {
    List<String> guide = Files.readAllLines(GUIDE);
    String hostTag = "host-on-core-and-rules";
    List<String> host = Files.readAllLines(HOST_PROJECT.resolve("src/main/java/Host.java"));
    // the build fills in its own version where the guide names the current one
    List<String> pom =
        Files.readAllLines(HOST_PROJECT.resolve("pom.xml")).stream()
            .map(line -> line.replace("@project.version@", projectVersion()))
            .toList();

    assertThat(between(host, hostTag)).hasSizeGreaterThan(30);
    assertThat(between(guide, hostTag)).isEqualTo(between(host, hostTag));
    assertThat(between(pom, "dependencies"))
        .isEqualTo(between(guide, "dependencies"))
        .noneMatch(line -> line.contains("governance-examples"));
  }

  /**
   * The lines between the marker lines {@code // tag::NAME[]} and {@code // end::NAME[]} (or {@code
   * <!-- tag::NAME[] -->} and {@code <!-- end::NAME[] -->} in XML), less the indentation of the
   * first marker, which a source and the guide's code block both hold.
   */
  static List<String> between(List<String> lines, String tag) {
    int begin = marker(lines, "tag::" + tag + "[]");
    int end = marker(lines, "end::" + tag + "[]");
    assertThat(begin).as("the line // tag::%s[]", tag).isNotNegative();
    assertThat(end).as("the line // end::%s[] after its tag", tag).isGreaterThan(begin);
    int indent = lines.get(begin).indexOf(lines.get(begin).strip());
    return lines.subList(begin + 1, end).stream()
        .map(line -> line.substring(Math.min(indent, line.length() - line.stripLeading().length())))
        .toList();
  }

  private static int marker(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// " + marker) || line.equals("<!-- " + marker + " -->")) {
        return i;
      }
    }
    return -1;
  }

  /** The version of this build, as the parent of this module's pom names it. */
  private static String projectVersion() {
    try {
      Matcher version =
          Pattern.compile("<artifactId>gridgov-parent</artifactId>\\s*<version>([^<]+)</version>")
              .matcher(Files.readString(Path.of("pom.xml")));
      assertThat(version.find()).as("the parent version in pom.xml").isTrue();
      return version.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
