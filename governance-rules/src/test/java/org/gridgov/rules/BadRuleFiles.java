package org.gridgov.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;

/**
 * An integrator's rule file and decision table as the integrator guide lays them out, and broken
 * versions of each: syntax errors at any line, unknown types, fields and methods, bad rule
 * attributes and attributes the engine cannot honour, decision tables without their keywords, with
 * bad cells, misspelt column headers, unbalanced or unclosed quotes, a wrong Import line or
 * attribute columns the engine cannot honour. Every broken version is one the engine refuses; a
 * broken version also knows the lines (a table's rows) a problem about it may be reported on.
 */
final class BadRuleFiles {

  /** The rule file every broken DRL version starts from. */
  static final String DRL_NAME = "rider-stations.drl";

  /** The decision table every broken table starts from. */
  static final String TABLE_NAME = "rider-station-limits.drl.csv";

  /** A valid file that sits beside the broken one and must never be blamed. */
  static final String BYSTANDER_NAME = "bystander.drl";

  static final List<String> DRL =
      List.of(
          "package org.gridgov.local.riders;",
          "",
          "import org.gridgov.rules.fact.*;",
          "import org.gridgov.rules.decision.CategoryDefinition;",
          "import org.gridgov.rules.decision.RouteCandidate;",
          "import org.gridgov.core.lists.MatterKind;",
          "",
          "rule \"category SERVICE_RIDER_STATION\"",
          "when",
          "  CatalogueRequest()",
          "then",
          "  insert(CategoryDefinition.of(\"SERVICE_RIDER_STATION\", \"暖心驿站服务\",",
          "      CategoryClass.SERVICE, Topic.GENERAL, MatterKind.ASSISTANCE, \"\",",
          "      drools.getRule().getName()));",
          "end",
          "",
          "rule \"warm-station requests go to the paired unit\"",
          "when",
          "  $case : RoutingCase(categoryCode == \"SERVICE_RIDER_STATION\", hasPairedUnit)",
          "then",
          "  insert(RouteCandidate.of($case, RoutingTarget.PAIRED_UNIT, 70, \"COMMUNITY_COMMITTEE\",",
          "      \"normally\", drools.getRule().getName()));",
          "end");

  static final List<String> TABLE =
      List.of(
          "RuleSet,org.gridgov.local.limits,,,",
          "Import,\"org.gridgov.rules.fact.SlaQuery, org.gridgov.rules.decision.TimeLimit,"
              + " org.gridgov.rules.decision.WorkingTime\",,,",
          ",,,,",
          "RuleTable Rider station limits,,,,",
          "NAME,CONDITION,CONDITION,ACTION,",
          ",$query : SlaQuery,SlaQuery,,",
          ",\"urgency == \"\"$param\"\"\",\"this == $query, categoryCode == \"\"$param\"\"\","
              + "\"insert(TimeLimit.of($query, WorkingTime.$1, WorkingTime.$2, $3,"
              + " drools.getRule().getName()));\",",
          "Rule,Urgency,Category,\"Accept within, resolve within, priority\",",
          "routine warm-station requests are accepted within 2 working hours,ROUTINE,"
              + "SERVICE_RIDER_STATION,\"hours(2), days(2), 10\",",
          "urgent warm-station requests are accepted within 1 working hour,URGENT,"
              + "SERVICE_RIDER_STATION,\"hours(1), days(1), 10\",");

  /** An order of the integrator's category, which the rule file routes to the paired unit. */
  static final RoutingCase RIDER_CASE =
      new RoutingCase(
          "WO-1",
          "SERVICE_RIDER_STATION",
          Topic.GENERAL,
          "",
          MatterKind.ASSISTANCE,
          Urgency.ROUTINE,
          Scope.WITHIN_GRID,
          "",
          PropertyMode.NONE,
          false,
          false,
          true,
          true,
          "350111001001001",
          "350111001001",
          "350111001",
          false);

  static final String BYSTANDER =
      """
      package org.gridgov.local.bystander;
      import org.gridgov.rules.fact.*;
      import org.gridgov.rules.decision.RouteCandidate;

      rule "a bystander proposes the street last"
      when
        $case : RoutingCase()
      then
        insert(RouteCandidate.of($case, RoutingTarget.STREET, -1, "none", "normally",
            drools.getRule().getName()));
      end
      """;

  /** Words that mean something in DRL or Java, which a made-up name must not be. */
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "when",
          "then",
          "end",
          "rule",
          "query",
          "import",
          "package",
          "global",
          "function",
          "declare",
          "salience",
          "enabled",
          "timer",
          "calendars",
          "duration",
          "dialect",
          "new",
          "this",
          "insert",
          "update",
          "modify",
          "retract",
          "delete",
          "eval",
          "not",
          "exists",
          "forall",
          "from",
          "collect",
          "accumulate",
          "in",
          "matches",
          "memberof",
          "contains",
          "soundslike",
          "str",
          "over",
          "window",
          "entry",
          "do",
          "if",
          "else",
          "for",
          "while",
          "return",
          "int",
          "long",
          "char",
          "byte",
          "short",
          "float",
          "double",
          "boolean",
          "void",
          "class",
          "enum",
          "var",
          "drools",
          "kcontext");

  private BadRuleFiles() {}

  /**
   * A broken rule file.
   *
   * @param kind what is broken
   * @param name the file's name
   * @param text its text
   * @param firstLine the first line a problem about it may be reported on
   * @param lastLine the last such line; 0 for any
   */
  record Broken(String kind, String name, String text, int firstLine, int lastLine) {
    @Override
    public String toString() {
      return name + ": " + kind;
    }
  }

  /** Made-up names: lower-case words that are nothing in DRL or Java. */
  static Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(3)
        .ofMaxLength(12)
        .filter(w -> !RESERVED.contains(w));
  }

  private static Arbitrary<String> typeNames() {
    return words().map(w -> "NoSuch" + Character.toUpperCase(w.charAt(0)) + w.substring(1));
  }

  private static int ruleStart(List<String> lines, int line) {
    for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("rule ")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static List<Integer> linesMatching(List<String> lines, String part) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        found.add(i + 1);
      }
    }
    return found;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> replaced(List<String> lines, int line, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(line - 1, text);
    return copy;
  }

  private static List<String> inserted(List<String> lines, int before, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.add(before - 1, text);
    return copy;
  }

  // ---------------------------------------------------------------- broken DRL

  /**
   * Lines no rule file may hold anywhere: tokens that break DRL and the Java of consequences. The
   * parser may notice the break only lines later, at the next token it cannot place, so a problem
   * about such a line may be reported from the rule it is in to the end of the file.
   */
  private static final List<String> GARBAGE =
      List.of("}}", "%%", "@@@", "#!", ") (", "then then", "when when", "end end", "rule", "§");

  /** Every kind of broken DRL. */
  static Arbitrary<Broken> brokenDrl() {
    return Arbitraries.oneOf(
        garbageLines(),
        unknownTypes(),
        unknownFields(),
        badAttributes(),
        unknownMethods(),
        unknownImports(),
        unbalanced(),
        truncatedRules());
  }

  private static Arbitrary<Broken> garbageLines() {
    return Combinators.combine(
            Arbitraries.integers().between(2, DRL.size() + 1), Arbitraries.of(GARBAGE))
        .as(
            (before, garbage) -> {
              List<String> lines = inserted(DRL, before, garbage);
              return new Broken(
                  "the line " + garbage + " inserted as line " + before,
                  DRL_NAME,
                  join(lines),
                  ruleStart(lines, before),
                  lines.size() + 1);
            });
  }

  private static Arbitrary<Broken> unknownTypes() {
    List<Integer> patterns = linesMatching(DRL, "Request()");
    patterns.addAll(linesMatching(DRL, "RoutingCase("));
    return Combinators.combine(Arbitraries.of(patterns), typeNames())
        .as(
            (line, type) -> {
              String text =
                  DRL.get(line - 1).replaceAll("(CatalogueRequest|RoutingCase)\\(", type + "(");
              return new Broken(
                  "unknown type " + type + " on line " + line,
                  DRL_NAME,
                  join(replaced(DRL, line, text)),
                  ruleStart(DRL, line),
                  line);
            });
  }

  private static Arbitrary<Broken> unknownFields() {
    int line = linesMatching(DRL, "RoutingCase(").get(0);
    return words()
        .map(
            field -> {
              String text =
                  DRL.get(line - 1).replace("hasPairedUnit)", "hasPairedUnit, " + field + " == 1)");
              return new Broken(
                  "unknown field " + field,
                  DRL_NAME,
                  join(replaced(DRL, line, text)),
                  ruleStart(DRL, line),
                  line);
            });
  }

  private static Arbitrary<Broken> badAttributes() {
    Arbitrary<String> attribute =
        Arbitraries.oneOf(
            words().map(w -> "date-effective \"" + w + " " + w + "\""),
            words().map(w -> "date-expires \"" + w + "\""),
            words().map(w -> "no-loop " + w),
            Arbitraries.integers().between(0, 999).map(n -> "agenda-group " + n),
            words().map(w -> "timer (" + w + ": 1)"),
            words().map(w -> "enabled \"" + w + "\""),
            Combinators.combine(words(), words()).as((a, b) -> a + " " + b),
            honouredNever());
    return Combinators.combine(Arbitraries.of(linesMatching(DRL, "rule ")), attribute)
        .as(
            (header, attr) -> {
              List<String> lines = inserted(DRL, header + 1, "  " + attr);
              return new Broken("attribute " + attr, DRL_NAME, join(lines), header, header + 2);
            });
  }

  /**
   * Attributes that compile but that the engine cannot honour: every call would fail on them, or
   * the rule would never fire.
   */
  private static Arbitrary<String> honouredNever() {
    return Arbitraries.oneOf(
        words().map(w -> "salience \"" + w + "\""),
        words().map(w -> "salience (\"" + w + "\")"),
        Arbitraries.integers().between(1, 99).map(n -> "salience " + n + ".5"),
        words().map(w -> "enabled (\"" + w + "\")"),
        Arbitraries.integers().between(1, 3_000).map(n -> "timer (int: " + n + "s)"),
        Arbitraries.integers().between(1, 3_000).map(n -> "duration " + n),
        words().map(w -> "calendars \"" + w + "\""),
        words().map(w -> "agenda-group \"" + w + "\""),
        words().map(w -> "ruleflow-group \"" + w + "\""),
        Arbitraries.just("auto-focus true"),
        Arbitraries.integers().between(32, 99).map(d -> "date-effective \"" + d + "-Jan-2025\""),
        Arbitraries.integers().between(0, 99).map(y -> "date-expires \"1-Jan-" + y + "\""));
  }

  private static Arbitrary<Broken> unknownMethods() {
    List<Integer> consequences = linesMatching(DRL, "  insert(");
    return Combinators.combine(Arbitraries.of(consequences), words())
        .as(
            (line, method) -> {
              List<String> lines = inserted(DRL, line, "  " + method + "();");
              return new Broken(
                  "unknown method " + method + "()",
                  DRL_NAME,
                  join(lines),
                  ruleStart(DRL, line),
                  line);
            });
  }

  private static Arbitrary<Broken> unknownImports() {
    return typeNames()
        .map(
            type -> {
              List<String> lines = inserted(DRL, 4, "import org.nowhere." + type + ";");
              return new Broken("import of " + type, DRL_NAME, join(lines), 1, lines.size());
            });
  }

  /** A rule without its end, a pattern without its closing parenthesis, a string not closed. */
  private static Arbitrary<Broken> unbalanced() {
    List<Integer> ends = linesMatching(DRL, "end");
    List<Integer> patterns = linesMatching(DRL, "()");
    patterns.addAll(linesMatching(DRL, "hasPairedUnit)"));
    List<Integer> strings = linesMatching(DRL, "\"normally\"");
    strings.addAll(linesMatching(DRL, "\"SERVICE_RIDER_STATION\", \"暖心"));
    return Arbitraries.oneOf(
        Arbitraries.of(ends)
            .map(
                line ->
                    new Broken(
                        "no end to the rule ending on line " + line,
                        DRL_NAME,
                        join(replaced(DRL, line, "")),
                        ruleStart(DRL, line),
                        DRL.size() + 1)),
        Arbitraries.of(patterns)
            .map(
                line -> {
                  String text = DRL.get(line - 1);
                  return unclosed("closing parenthesis", line, text.lastIndexOf(')'));
                }),
        Arbitraries.of(strings)
            .map(
                line -> {
                  String text = DRL.get(line - 1);
                  return unclosed("closing quote", line, text.indexOf('"', text.indexOf('"') + 1));
                }));
  }

  /** The rule file without the character at a column of a line, which closes something. */
  private static Broken unclosed(String what, int line, int column) {
    String text = DRL.get(line - 1);
    return new Broken(
        "no " + what + " on line " + line,
        DRL_NAME,
        join(replaced(DRL, line, text.substring(0, column) + text.substring(column + 1))),
        ruleStart(DRL, line),
        DRL.size() + 1);
  }

  /** The file cut off inside a rule, after its name and before the end of its last line. */
  private static Arbitrary<Broken> truncatedRules() {
    String text = join(DRL);
    int firstRule = text.indexOf("rule \"");
    int lastEnd = text.lastIndexOf("end");
    return Arbitraries.integers()
        .between(firstRule + 6, lastEnd + 2)
        .filter(cut -> !text.substring(0, cut).strip().endsWith("end"))
        .map(BadRuleFiles::truncatedAt);
  }

  /** The file cut off at a character. */
  static Broken truncatedAt(int cut) {
    String kept = join(DRL).substring(0, cut);
    int lines = (int) kept.chars().filter(c -> c == '\n').count() + 1;
    return new Broken(
        "cut off at character " + cut, DRL_NAME, kept, ruleStart(DRL, lines), lines + 1);
  }

  // ---------------------------------------------------------------- broken decision tables

  /** Every kind of broken decision table. */
  static Arbitrary<Broken> brokenTables() {
    return Arbitraries.oneOf(
        noRuleTable(),
        columnsWithoutKeyword(),
        misspeltHeaders(),
        badActionCells(),
        badImports(),
        unknownPatternTypes(),
        unbalancedQuotes(),
        unclosedQuotes(),
        attributeColumns());
  }

  private static Broken table(String kind, List<String> lines) {
    return new Broken(kind, TABLE_NAME, join(lines), 0, 0);
  }

  private static Broken table(String kind, List<String> lines, int row) {
    return new Broken(kind, TABLE_NAME, join(lines), row, row);
  }

  private static int tableLine(String start) {
    for (int i = 0; i < TABLE.size(); i++) {
      if (TABLE.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(start);
  }

  /** Empty, blank, binary, or with the RuleTable row gone or misspelt. */
  private static Arbitrary<Broken> noRuleTable() {
    int ruleTable = tableLine("RuleTable");
    return Arbitraries.oneOf(
        Arbitraries.of("", "\n", ",,,,\n", " \n \n")
            .map(
                t ->
                    new Broken(
                        "a table of " + t.length() + " blank characters", TABLE_NAME, t, 0, 0)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(1)
            .ofMaxSize(200)
            .map(
                b ->
                    new Broken(
                        b.length + " bytes of binary",
                        TABLE_NAME,
                        new String(b, StandardCharsets.ISO_8859_1).replace("RuleTable", "?"),
                        0,
                        0)),
        Arbitraries.of("", "Rule Table Rider station limits", "RuleTabel Rider", "Table")
            .map(
                t ->
                    table(
                        "the RuleTable row as \"" + t + "\"",
                        replaced(TABLE, ruleTable, t + ",,,,"))));
  }

  /** A column of code whose CONDITION or ACTION keyword is blank or misspelt and code is kept. */
  private static Arbitrary<Broken> columnsWithoutKeyword() {
    int header = tableLine("NAME,");
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of("", " "))
        .as(
            (column, keyword) -> {
              List<String> cells = new ArrayList<>(List.of(TABLE.get(header - 1).split(",", -1)));
              String was = cells.get(column);
              cells.set(column, keyword);
              return table(
                  "column " + (char) ('A' + column) + " without its " + was + " keyword",
                  replaced(TABLE, header, String.join(",", cells)));
            });
  }

  /**
   * A column header misspelt by a letter left out, doubled or swapped with the next. Drools would
   * read it by its first letter.
   */
  private static Arbitrary<Broken> misspeltHeaders() {
    int header = tableLine("NAME,");
    List<String> cells = List.of(TABLE.get(header - 1).split(",", -1));
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(1, 8),
            Arbitraries.of("left out", "doubled", "swapped"))
        .as(
            (column, at, how) -> {
              String word = cells.get(column);
              int i = Math.min(at, word.length() - 2);
              String misspelt =
                  switch (how) {
                    case "left out" -> word.substring(0, i) + word.substring(i + 1);
                    case "doubled" -> word.substring(0, i + 1) + word.substring(i);
                    default ->
                        word.substring(0, i)
                            + word.charAt(i + 1)
                            + word.charAt(i)
                            + word.substring(i + 2);
                  };
              List<String> row = new ArrayList<>(cells);
              row.set(column, misspelt);
              return table(
                  "the column header " + word + " written " + misspelt,
                  replaced(TABLE, header, String.join(",", row)),
                  header);
            });
  }

  /**
   * A quote that opens the last quoted cell of a line and is not closed: the Import line, a row of
   * code, labels or rules. The line has no later quote that could close it.
   */
  private static Arbitrary<Broken> unclosedQuotes() {
    List<Integer> lines =
        List.of(
            tableLine("Import,"),
            tableLine(",\"urgency"),
            tableLine("Rule,"),
            TABLE.size() - 1,
            TABLE.size());
    return Arbitraries.of(lines)
        .map(
            line -> {
              String text = TABLE.get(line - 1);
              int closing = text.lastIndexOf('"');
              return table(
                  "the quote of the last quoted cell on line " + line + " not closed",
                  replaced(TABLE, line, text.substring(0, closing) + text.substring(closing + 1)),
                  line);
            });
  }

  /** An attribute column the engine cannot honour, with a value in one rule's row. */
  private static Arbitrary<Broken> attributeColumns() {
    int header = tableLine("NAME,");
    Arbitrary<List<String>> columns =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 48).map(h -> List.of("TIMER", "int: " + h + "h")),
            Arbitraries.integers().between(1, 999).map(n -> List.of("DURATION", "" + n)),
            words().map(w -> List.of("CALENDARS", w)),
            words().map(w -> List.of("AGENDA-GROUP", w)),
            words().map(w -> List.of("RULEFLOW-GROUP", w)),
            Arbitraries.just(List.of("AUTO-FOCUS", "true")),
            Arbitraries.integers()
                .between(32, 99)
                .map(d -> List.of("DATE-EFFECTIVE", d + "-Jan-2025")),
            words().map(w -> List.of("PRIORITY", w)));
    return Combinators.combine(Arbitraries.of(TABLE.size() - 1, TABLE.size()), columns)
        .as(
            (row, column) -> {
              List<String> lines = replaced(TABLE, header, TABLE.get(header - 1) + column.get(0));
              lines = replaced(lines, row, TABLE.get(row - 1) + column.get(1));
              return table(
                  "the column " + column.get(0) + " with " + column.get(1) + " on row " + row,
                  lines,
                  row);
            });
  }

  /** A cell of a row whose code no longer compiles. */
  private static Arbitrary<Broken> badActionCells() {
    List<Integer> rows = List.of(TABLE.size() - 1, TABLE.size());
    return Combinators.combine(
            Arbitraries.of(rows),
            Arbitraries.of(
                "hours(2), days(, 10",
                "hours(2) days(2) 10",
                "hours(2), days(2), ten",
                "hours(-), days(2), 10",
                "weeks(2), days(2), 10",
                "hours(2), days(2), 10)"))
        .as(
            (row, cell) -> {
              String text = TABLE.get(row - 1);
              String broken =
                  text.replaceFirst("\"hours\\(\\d\\), days\\(\\d\\), 10\"", "\"" + cell + "\"");
              return table(
                  "action cell \"" + cell + "\" on row " + row, replaced(TABLE, row, broken), row);
            });
  }

  /** An Import line naming a class that does not exist, or no Import line. */
  private static Arbitrary<Broken> badImports() {
    int imports = tableLine("Import,");
    return Arbitraries.oneOf(
        typeNames()
            .map(
                type ->
                    table(
                        "import of " + type,
                        replaced(
                            TABLE,
                            imports,
                            TABLE
                                .get(imports - 1)
                                .replace("Import,\"", "Import,\"org.nowhere." + type + ", ")))),
        Arbitraries.of("Imports,", ",")
            .map(
                keyword ->
                    table(
                        "the Import keyword as \"" + keyword + "\"",
                        replaced(
                            TABLE, imports, TABLE.get(imports - 1).replace("Import,", keyword)))));
  }

  private static Arbitrary<Broken> unknownPatternTypes() {
    int patterns = tableLine(",$query");
    return typeNames()
        .map(
            type ->
                table(
                    "pattern of type " + type,
                    replaced(
                        TABLE,
                        patterns,
                        TABLE.get(patterns - 1).replace("$query : SlaQuery", "$query : " + type))));
  }

  /** A quote opened and not closed in the RuleSet row or in a cell of code. */
  private static Arbitrary<Broken> unbalancedQuotes() {
    int ruleSet = tableLine("RuleSet,");
    int code = tableLine(",\"urgency");
    return Arbitraries.of(0, 1)
        .map(
            which ->
                which == 0
                    ? table(
                        "a quote not closed in the RuleSet row",
                        replaced(
                            TABLE,
                            ruleSet,
                            TABLE.get(ruleSet - 1).replace("RuleSet,", "RuleSet,\"")))
                    : table(
                        "a quote not closed in a cell of code",
                        replaced(
                            TABLE,
                            code,
                            TABLE.get(code - 1).replaceFirst(",\"urgency", ",\"\"urgency"))));
  }

  // ---------------------------------------------------------------- folders

  /** A fresh folder holding the bystander and the broken file. */
  static Path folderWith(Broken broken) {
    try {
      Path dir = Files.createTempDirectory("bad-rules");
      Files.writeString(dir.resolve(BYSTANDER_NAME), BYSTANDER);
      Files.writeString(dir.resolve(broken.name()), broken.text());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
