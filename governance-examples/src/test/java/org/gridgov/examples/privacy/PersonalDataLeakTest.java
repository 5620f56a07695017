package org.gridgov.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.people.Person;
import org.gridgov.core.territory.Grid;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line as a user does, in a JVM of its own with every decision logged ({@code
 * org.gridgov.rules.audit} at DEBUG), and scans all it printed and wrote, the log, the standard
 * output, {@code report.json} and {@code report.html}, for residents' phone and ID numbers and for
 * the full names of a sample of the district's residents. A resident's phone and ID number are
 * planted in the summary of the order that {@code route} reads, and the phone number once more in
 * place of the grid code of a bad order, whose refusal is printed.
 *
 * <p>The scanner has patterns of its own, not those of the library's mask, so that a fault of the
 * mask cannot hide itself; a control test shows that it finds what it looks for.
 */
class PersonalDataLeakTest {

  static final long SEED = 2024;
  static final int VOLUME = 60;
  private static final int SAMPLE = 300;

  /** Not after a digit, nor after the point of a decimal number such as 1.525657071339174. */
  private static final String START = "(?<![0-9])(?<![0-9]\\.)";

  private static final Map<String, Pattern> NUMBERS = new LinkedHashMap<>();

  static {
    NUMBERS.put("mobile number", Pattern.compile(START + "1[3-9][0-9]{9}(?![0-9])"));
    NUMBERS.put("ID number", Pattern.compile(START + "[0-9]{17}[0-9Xx](?![0-9])"));
    NUMBERS.put("old ID number", Pattern.compile(START + "[0-9]{15}(?![0-9])"));
    NUMBERS.put("landline", Pattern.compile(START + "0[0-9]{2,3}-?[2-9][0-9]{6,7}(?![0-9])"));
  }

  private static PopulatedDistrict district;
  private static Set<String> gridCodes;
  private static List<Person> sample;
  private static Person resident;

  @BeforeAll
  static void populate() {
    district =
        DistrictPopulation.toReportFigures(new HierarchyJson().readJinan().territory(), SEED);
    gridCodes =
        district.snapshot().territory().grids().stream()
            .map(Grid::code)
            .map(c -> c.value())
            .collect(Collectors.toSet());
    List<Person> persons = district.snapshot().people().persons();
    sample = new ArrayList<>();
    int step = Math.max(1, persons.size() / SAMPLE);
    for (int i = 0; i < persons.size() && sample.size() < SAMPLE; i += step) {
      sample.add(persons.get(i));
    }
    resident = persons.stream().filter(p -> p.idNumber().isPresent()).findFirst().orElseThrow();
  }

  /**
   * Everything that looks like a phone or ID number, or is the name, phone or ID number of a
   * sampled resident. A fifteen-digit run that is a grid code of the district is no old ID number.
   */
  private static List<String> findings(String text) {
    List<String> found = new ArrayList<>();
    NUMBERS.forEach(
        (what, pattern) -> {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            if (!(what.equals("old ID number") && gridCodes.contains(m.group()))) {
              found.add(what + " " + m.group() + " in: " + line(text, m.start()));
            }
          }
        });
    for (Person p : sample) {
      String name = p.name().value();
      if (name.codePointCount(0, name.length()) >= 3 && text.contains(name)) {
        found.add("the name of " + p.id() + " in: " + line(text, text.indexOf(name)));
      }
      if (text.contains(p.phone().value())) {
        found.add("the phone of " + p.id());
      }
      p.idNumber()
          .filter(id -> text.contains(id.value()))
          .ifPresent(id -> found.add("the ID number of " + p.id()));
    }
    return found;
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void theScannerFindsPlantedNumbersAndNamesAndNotMaskedOnes() {
    String name =
        sample.stream()
            .map(p -> p.name().value())
            .filter(n -> n.codePointCount(0, n.length()) >= 3)
            .findFirst()
            .orElseThrow();
    String grid = gridCodes.iterator().next();

    assertThat(findings("INFO call 13812345678 now")).hasSize(1);
    assertThat(findings("id 35011119900101123X")).hasSize(1);
    assertThat(findings("old 350111900101123")).hasSize(1);
    assertThat(findings("office 0591-83251234")).hasSize(1);
    assertThat(findings("by " + name)).hasSize(1);
    assertThat(findings(resident.idNumber().orElseThrow().value())).isNotEmpty();
    assertThat(findings("138****5678 350***********123X 0591-****1234 grid " + grid)).isEmpty();
    assertThat(findings("elapsedShare=1.525657071339174")).isEmpty();
  }

  @Test
  void noCommandPrintsLogsOrWritesAResidentsNameOrNumber(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path report = dir.resolve("report");
    Path order = dir.resolve("order.json");
    Path badOrder = dir.resolve("bad-order.json");
    String phone = resident.phone().value();
    String id = resident.idNumber().orElseThrow().value();
    Files.writeString(order, order(resident.homeGrid().value(), "楼上漏水，请回电" + phone + "，身份证" + id));
    Files.writeString(badOrder, order(phone, "灯坏了"));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");

    // Relative paths: the temporary folder's name has a long random number in it.
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.log.org.gridgov=debug",
                "-Dorg.slf4j.simpleLogger.log.org.gridgov.rules.audit=debug",
                CommandLineRun.class.getName(),
                "report",
                "order.json",
                "bad-order.json")
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the commands end").isTrue();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(stderr).isZero();
    assertThat(stdout).contains("exit codes [0, 0, 0, 1]").contains("responsible  ");
    assertThat(stderr)
        .as("every decision is logged")
        .contains("DEBUG org.gridgov.rules.audit - RouteCandidate[")
        .contains("DEBUG org.gridgov.rules.audit - RatingDecision[")
        .contains("bad-order.json")
        .contains("$.grid");
    for (Map.Entry<String, String> output :
        Map.of(
                "standard output",
                stdout,
                "log and standard error",
                stderr,
                "report.json",
                Files.readString(report.resolve("report.json")),
                "report.html",
                Files.readString(report.resolve("report.html")))
            .entrySet()) {
      assertThat(findings(output.getValue())).as(output.getKey()).isEmpty();
    }
  }

  private static String order(String grid, String summary) {
    return """
        {"id": "WO-P-1", "origin": {"list": "DEMAND", "id": "D-P-1"},
         "category": "SERVICE_DISPUTE", "matterKind": "AUTONOMY", "urgency": "ROUTINE",
         "channel": "CALL_GROUP", "grid": "%s", "summary": "%s"}
        """
        .formatted(grid, summary);
  }
}
