package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.rules.decision.CategoryDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Integrator rule files may use only what the allow-list allows: each forbidden use is refused with
 * its file, line and use, and the engine keeps the rules it had; allowed uses load; a host widens
 * the list explicitly.
 */
class RuleFileAllowListTest {

  @TempDir static Path folder;

  private static GovernanceEngine engine;

  /** A forbidden use: the file that makes it, the line (found by a marker) and the use named. */
  record Case(String name, String file, String content, String marker, String use) {

    int line() {
      List<String> lines = content.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(marker)) {
          return i + 1;
        }
      }
      throw new IllegalStateException(marker + " is not in " + name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The integrator's own rule, in force before each reload, which each reload removes. */
  private static String localRule(String code) {
    return """
        package org.gridgov.local;
        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.core.lists.MatterKind;

        rule "a local category"
        when
          CatalogueRequest()
        then
          insert(CategoryDefinition.of("%s", "本地服务", CategoryClass.SERVICE, Topic.GENERAL,
              MatterKind.ASSISTANCE, "", drools.getRule().getName()));
        end
        """
        .formatted(code);
  }

  /**
   * A DRL file whose one rule never fires (it matches a String fact no one inserts), so that
   * nothing would run even if the file were let through.
   */
  private static String drl(String header, String attributes, String when, String then) {
    return "package org.gridgov.local.extra;\n"
        + header
        + "\n"
        + "rule \"never fires\"\n"
        + attributes
        + "when\n"
        + "  $s : String(this == \"never\")\n"
        + when
        + "then\n"
        + then
        + "\n"
        + "end\n";
  }

  private static Case java(String name, String then, String marker, String use) {
    return new Case(name, "rules/extra.drl", drl("", "", "", then), marker, use);
  }

  /**
   * A consequence in MVEL: refused for its dialect, at the dialect's line, whatever it calls; the
   * call it makes is what MVEL would have resolved only when the rule fired.
   */
  private static Case mvel(String name, String then) {
    return new Case(
        name,
        "rules/extra.drl",
        drl("", "  dialect \"mvel\"\n", "", then),
        "dialect",
        "dialect \"mvel\" in rule \"never fires\" — integrator rules are Java");
  }

  private static Case header(String name, String header, String marker, String use) {
    return new Case(name, "rules/extra.drl", drl(header, "", "", "  insert($s);"), marker, use);
  }

  /** A CSV decision table with a row whose cell slips in a call of System.exit. */
  static String tableCallingSystem() {
    return """
        RuleSet,org.gridgov.local.table,,
        Import,org.gridgov.rules.fact.CatalogueRequest,,
        ,,,
        RuleTable Local rows,,,
        NAME,CONDITION,ACTION,
        ,$request : CatalogueRequest,,
        ,"""
        + "\"\"\"$param\"\" == \"\"defined\"\"\",\"String.valueOf($param);\",\n"
        + """
        Rule,Defined,Code,
        a row that stops the host,never,1); System.exit(3,
        """;
  }

  static Stream<Case> forbiddenUses() {
    return Stream.of(
        java(
            "System.exit",
            "  System.exit(1);",
            "System.exit",
            "calls java.lang.System (System.exit)"),
        java(
            "Runtime.getRuntime().exec",
            "  Runtime.getRuntime().exec(\"id\");",
            "exec",
            "calls java.lang.Runtime (Runtime.getRuntime)"),
        java(
            "new ProcessBuilder",
            "  new ProcessBuilder(\"sh\", \"-c\", \"id\").start();",
            "ProcessBuilder",
            "creates java.lang.ProcessBuilder (new ProcessBuilder)"),
        java(
            "new Thread",
            "  new Thread(() -> { }).start();",
            "Thread",
            "creates java.lang.Thread (new Thread)"),
        java(
            "Thread.sleep",
            "  Thread.sleep(1000L);",
            "Thread",
            "calls java.lang.Thread (Thread.sleep)"),
        java(
            "Class.forName",
            "  Class.forName(\"java.lang.Runtime\");",
            "forName",
            "calls java.lang.Class (Class.forName)"),
        java(
            "getClass().getClassLoader()",
            "  $s.getClass().getClassLoader().loadClass(\"java.lang.Runtime\");",
            "getClass",
            "calls java.lang.Object (Object.getClass), which reaches java.lang.Class"),
        header(
            "reflection: an imported Method invoked",
            "import java.lang.reflect.Method;",
            "Method",
            "imports java.lang.reflect.Method"),
        java(
            "reflection: Method.invoke by its full name",
            "  java.lang.reflect.Method m = null;\n  m.invoke($s);",
            "m.invoke",
            "calls java.lang.reflect.Method (Method.invoke)"),
        java(
            "java.io.File inserted",
            "  insert(new java.io.File(\"/etc/passwd\"));",
            "File",
            "creates java.io.File (new File)"),
        java(
            "java.nio.file.Files",
            "  java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
            "Files",
            "calls java.nio.file.Files (Files.readString)"),
        java(
            "java.net.URL",
            "  new java.net.URL(\"http://example.org/\").openStream();",
            "URL",
            "creates java.net.URL (new URL)"),
        new Case(
            "java.net.Socket",
            "rules/extra.drl",
            drl("import java.net.Socket;", "", "", "  new Socket(\"example.org\", 80);"),
            "import java.net.Socket",
            "imports java.net.Socket"),
        header("a wildcard import of java.io", "import java.io.*;", "java.io", "imports java.io.*"),
        new Case(
            "static import: import function",
            "rules/extra.drl",
            drl("import function java.lang.System.exit;", "", "", "  exit(1);"),
            "import function",
            "imports the function java.lang.System.exit — rule files may not import functions"),
        header(
            "static import: import static",
            "import static java.lang.Runtime.getRuntime;",
            "import static",
            "imports the function java.lang.Runtime.getRuntime"),
        java(
            "a unicode escape",
            "  \\u0053ystem.exit(1);",
            "ystem",
            "writes the unicode escape \\u0053 — Drools reads it as it is written and the Java"
                + " compiler as the character it stands for"),
        java(
            "a unicode line break ending a comment",
            "  // nothing to see \\u000a System.exit(1);",
            "nothing to see",
            "writes the unicode escape \\u000a"),
        java(
            "a zero-width space in a name",
            "  Sys\u200Btem.exit(1);",
            "exit",
            "writes the invisible character U+200B, which the Java compiler drops from names"),
        java(
            "a tag character, ignored in Java names, in a name",
            "  Sys\uDB40\uDC01tem.exit(1);",
            "exit",
            "writes the invisible character U+E0001"),
        java(
            "a full name without import",
            "  java.lang.System.exit(1);",
            "System",
            "calls java.lang.System (System.exit)"),
        java(
            "a class literal",
            "  String.class.getClassLoader();",
            "class",
            "uses a class literal (java.lang.String.class), which reaches java.lang.Class"),
        header(
            "a global of a forbidden type",
            "global java.lang.Runtime runtime;",
            "global",
            "declares a global of type java.lang.Runtime"),
        header(
            "a function block calling System",
            "function void quit() {\n  System.exit(1);\n}",
            "System.exit",
            "calls java.lang.System (System.exit)"),
        header(
            "a declared type with a forbidden field",
            "declare Holder\n  file : java.io.File\nend",
            "java.io.File",
            "declares a field of type java.io.File"),
        header(
            "an accumulate function of the integrator's",
            "import accumulate com.example.CustomSum customSum;",
            "accumulate",
            "imports the accumulate function com.example.CustomSum — rule files may not add"),
        new Case(
            "from over a forbidden call",
            "rules/extra.drl",
            drl("", "", "  $home : String() from System.getenv(\"HOME\")\n", "  insert($s);"),
            "getenv",
            "calls java.lang.System (System.getenv)"),
        new Case(
            "eval of a forbidden call",
            "rules/extra.drl",
            drl("", "", "  eval(System.currentTimeMillis() > 0)\n", "  insert($s);"),
            "eval",
            "calls java.lang.System (System.currentTimeMillis)"),
        new Case(
            "a salience computed by a forbidden call",
            "rules/extra.drl",
            drl(
                "",
                "  salience (Runtime.getRuntime().availableProcessors())\n",
                "",
                "  insert($s);"),
            "salience",
            "is an expression, which would run at every activation"),
        java(
            "java.util.concurrent",
            "  java.util.concurrent.Executors.newSingleThreadExecutor();",
            "Executors",
            "calls java.util.concurrent.Executors (Executors.newSingleThreadExecutor)"),
        new Case(
            "a class java.util leaves out, through an allowed wildcard",
            "rules/extra.drl",
            drl("import java.util.*;", "", "", "  new Timer();"),
            "Timer",
            "creates java.util.Timer (new Timer)"),
        java(
            "Locale.setDefault",
            "  java.util.Locale.setDefault(java.util.Locale.CHINA);",
            "setDefault",
            "calls java.util.Locale (Locale.setDefault), which changes the process's locale"),
        java(
            "Integer.getInteger",
            "  Integer.getInteger(\"user.home\");",
            "getInteger",
            "calls java.lang.Integer (Integer.getInteger), which reads the system properties"),
        java(
            "synchronized",
            "  synchronized ($s) { $s.notify(); }",
            "synchronized",
            "uses synchronized, which reaches java.lang.Thread"),
        java(
            "drools.getKieRuntime()",
            "  drools.getKieRuntime().insert($s);",
            "getKieRuntime",
            "calls org.drools.core.rule.consequence.KnowledgeHelper"
                + " (KnowledgeHelper.getKieRuntime), which reaches the rule session"),
        java(
            "kcontext.getKieRuntime()",
            "  kcontext.getKieRuntime().halt();",
            "getKieRuntime",
            "calls org.kie.api.runtime.rule.RuleContext (RuleContext.getKieRuntime), which"
                + " reaches the rule session"),
        java(
            "a fact handle",
            "  $s__Handle__.toExternalForm();",
            "Handle",
            "$s__Handle__ cannot be resolved"),
        mvel("MVEL: System.exit", "  System.exit(1);"),
        mvel(
            "MVEL: a string closed by a unicode escape only Java reads",
            "  a = \"\\u0022\"; System.exit(1); b = \"\\u0022\";"),
        java(
            "Java: a text block only Java reads",
            "  String s = \"\"\"\n    a\n    \"\"\"; System.exit(1); String t = \"x\";",
            "System.exit",
            "calls java.lang.System (System.exit)"),
        mvel("MVEL: java.lang.reflect.Array by its MVEL name", "  Array.newInstance(String, 1);"),
        mvel("MVEL: the rule variable", "  rule.setEnabled(false);"),
        mvel("MVEL: the session variable", "  _workingMemory_.halt();"),
        mvel("MVEL: what insert returns", "  insert(\"x\").getEntryPoint();"),
        mvel("MVEL: a property looked up by its name", "  x = $s[\"class\"];"),
        new Case(
            "a rule file in a forbidden package, naming its classes simply",
            "rules/extra.drl",
            drl("", "", "", "  new File(\"/etc/passwd\");")
                .replace("package org.gridgov.local.extra;", "package java.io;"),
            "package java.io",
            "declares the package java.io"),
        new Case(
            "a decision table cell calling System",
            "rules/local-rows.drl.csv",
            tableCallingSystem(),
            "never",
            "calls java.lang.System (System.exit) in rule \"a row that stops the host\""));
  }

  @BeforeAll
  static void buildTheEngine() throws IOException {
    Files.writeString(folder.resolve("local.drl"), localRule("SERVICE_LOCAL_LOADED"));
    engine = GovernanceEngine.builder().rules(folder).build();
  }

  @AfterEach
  void restoreTheFolder() throws IOException {
    Files.writeString(folder.resolve("local.drl"), localRule("SERVICE_LOCAL_LOADED"));
    try (Stream<Path> files = Files.walk(folder.resolve("rules"))) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // nothing was written
    }
  }

  private static List<String> categoryCodes(GovernanceEngine engine) {
    return engine.catalogue().stream()
        .filter(CategoryDefinition.class::isInstance)
        .map(d -> ((CategoryDefinition) d).category().code())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenUses")
  void aForbiddenUseIsRefusedWithItsFileLineAndUseAndTheEngineKeepsItsRules(Case c)
      throws IOException {
    Path file = folder.resolve(c.file());
    Files.createDirectories(file.getParent());
    Files.writeString(file, c.content());
    // without the failing file, the reload would drop the local category
    Files.delete(folder.resolve("local.drl"));
    // a decision table's problem is at the row of the table, its line in CSV
    int line = c.line();

    assertThatThrownBy(engine::reload)
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.problems())
                    .as(e.getMessage())
                    .anySatisfy(
                        p -> {
                          assertThat(p.file()).isEqualTo(c.file());
                          assertThat(p.line()).isEqualTo(line);
                          assertThat(p.message()).contains(c.use());
                        })
                    .allSatisfy(p -> assertThat(p.file()).isEqualTo(c.file())));
    assertThat(categoryCodes(engine)).contains("SERVICE_LOCAL_LOADED");
  }

  @Test
  void theMessageSaysTheUseIsNotOnTheListAndHowAHostWidensIt() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/extra.drl"), drl("", "", "", "\n\n\n\n\n  System.exit(1);"));

    assertThat(GovernanceEngine.check(folder))
        .extracting(RuleProblem::toString)
        .containsExactly(
            "rules/extra.drl:12: calls java.lang.System (System.exit) in rule \"never fires\" —"
                + " not on the rule allow-list; hosts can widen it with"
                + " GovernanceEngine.builder().allow(...)");
  }

  @Test
  void aNameResolvedThroughTheImportOfAnotherFileOfThePackageIsChecked(@TempDir Path dir)
      throws IOException {
    // the files of one package share their imports: Properties resolves through shared.drl's
    Files.writeString(
        dir.resolve("shared.drl"), "package org.gridgov.local.shared;\nimport java.util.*;\n");
    Files.writeString(
        dir.resolve("uses.drl"),
        drl("", "", "", "  new Properties();")
            .replace("org.gridgov.local.extra", "org.gridgov.local.shared"));

    assertThat(GovernanceEngine.check(dir))
        .extracting(RuleProblem::toString)
        .singleElement()
        .asString()
        .startsWith("uses.drl:7: creates java.util.Properties (new Properties)");
  }

  @Test
  void allowedUsesLoadAndRun(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("allowed.drl"),
        """
        package org.gridgov.local.allowed;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.core.lists.MatterKind;
        import org.gridgov.core.workorder.*;
        import java.util.List;
        import java.time.Duration;
        import java.math.BigDecimal;

        global java.util.List seen;

        declare LocalNote
          text : String
          on : java.time.LocalDate
        end

        // System.exit(1) in a comment is no use of it
        function String codeOf(String name) {
          return name.toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        }

        rule "an allowed category in Java"
        when
          CatalogueRequest()
          $n : Number(intValue == 2) from accumulate($i : Integer() from List.of(4, 5), count($i))
        then
          String note = "System.exit(1) in a string is no use of it";
          long minutes = Duration.ofHours(2).toMinutes() + Math.max(1, $n.intValue());
          BigDecimal weight = BigDecimal.valueOf(minutes);
          EscalationLevel level = EscalationLevel.values()[0];
          insert(CategoryDefinition.of(codeOf("service local " + level), note, CategoryClass.SERVICE,
              Topic.GENERAL, MatterKind.ASSISTANCE, weight.toPlainString(),
              drools.getRule().getName()));
        end

        rule "an allowed category named through kcontext"
        when
          CatalogueRequest()
        then
          insert(CategoryDefinition.of("SERVICE_LOCAL_MVEL", "本地", CategoryClass.SERVICE,
              Topic.GENERAL, MatterKind.ASSISTANCE, "", kcontext.getRule().getName()));
        end
        """);

    assertThat(GovernanceEngine.check(dir)).isEmpty();
    GovernanceEngine allowed = GovernanceEngine.builder().rules(dir).build();

    assertThat(categoryCodes(allowed)).contains("SERVICE_LOCAL_GRID", "SERVICE_LOCAL_MVEL");
    assertThat(
            allowed.catalogue().stream()
                .filter(CategoryDefinition.class::isInstance)
                .map(CategoryDefinition.class::cast)
                .filter(d -> d.category().code().equals("SERVICE_LOCAL_GRID"))
                .findFirst()
                .orElseThrow()
                .skill())
        .isEqualTo("122");
  }

  @Test
  void aHostWidensTheListWithAllow(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("widened.drl"),
        """
        package org.gridgov.local.widened;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.core.lists.MatterKind;

        rule "a category that needs System and getClass"
        when
          $request : CatalogueRequest()
        then
          String name = $request.getClass().getSimpleName();
          name += System.identityHashCode($request);
          insert(CategoryDefinition.of("SERVICE_LOCAL_WIDENED", name, CategoryClass.SERVICE,
              Topic.GENERAL, MatterKind.ASSISTANCE, "", drools.getRule().getName()));
        end
        """);

    assertThat(GovernanceEngine.check(dir))
        .extracting(RuleProblem::message)
        .anySatisfy(
            m -> assertThat(m).startsWith("calls java.lang.System (System.identityHashCode)"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "calls java.lang.Object (Object.getClass), which reaches java.lang.Class"));
    assertThatThrownBy(() -> GovernanceEngine.builder().rules(dir).build())
        .isInstanceOf(RuleLoadException.class);
    assertThat(GovernanceEngine.check(List.of("java.lang.System"), dir))
        .extracting(RuleProblem::message)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m).contains("java.lang.Class"))
        .noneSatisfy(m -> assertThat(m).contains("java.lang.System"));

    GovernanceEngine widened =
        GovernanceEngine.builder()
            .rules(dir)
            .allow("java.lang.System")
            .allow("java.lang.Class")
            .build();

    assertThat(GovernanceEngine.check(List.of("java.lang.System", "java.lang.Class"), dir))
        .isEmpty();
    assertThat(categoryCodes(widened)).contains("SERVICE_LOCAL_WIDENED");
  }

  @Test
  void allowRefusesWhatIsNotAPackageOrClassName() {
    assertThatThrownBy(() -> GovernanceEngine.builder().allow("java.io.File; rm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"java.io.File; rm\"");
  }
}
