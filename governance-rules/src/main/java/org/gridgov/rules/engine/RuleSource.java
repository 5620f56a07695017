package org.gridgov.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;

/**
 * A rule file as the compiler gets it: its DRL (a decision table's, converted), parsed once for the
 * checks, and the way back from a line of that DRL and from the compiler's words to what the
 * integrator wrote.
 *
 * <p>The compiler names what it generates: the path given to the resource, and a Java class per
 * rule consequence ({@code Rule_warm$u45$station_requests1485652758}). Messages name the rule
 * instead. For a decision table, a line of the DRL becomes the table's row, and positions in the
 * DRL are dropped from messages.
 */
final class RuleSource {

  /** The path each compilation gives its resources, so that its cache never mixes two loads. */
  private static final Pattern COMPILATION = Pattern.compile("\\[?compilation-\\d+/[^\\]\\s]*\\]?");

  /** Positions in the DRL, which for a decision table mean nothing to its author. */
  private static final Pattern DRL_POSITION =
      Pattern.compile(
          "\\s*\\[Line: \\d+, Column: \\d+\\]|\\bLine \\d+:\\d+\\s*|\\s*\\(\\d+:\\d+\\)|\\s*@\\d+:\\d+");

  private static final Pattern STACK_TRACE = Pattern.compile("(?s)\\s*Stack trace:.*");

  /**
   * The parser's own failure, which it appends when it gives up inside: nothing the author wrote.
   */
  private static final Pattern PARSER_EXCEPTION =
      Pattern.compile("(?s)\\.?\\s*Exception: (java|org)\\.[\\w.$]+: .*");

  /** A rule a parser message names. */
  private static final Pattern NAMED_RULE = Pattern.compile("\\bin rule \"([^\"]+)\"");

  /** Where the parser puts the line in its own messages when it gives none apart. */
  private static final Pattern PARSER_LINE = Pattern.compile("\\bLine (\\d{1,9}):\\d+");

  private final String file;
  private final String drl;
  private final PackageDescr parsed;
  private final PackageDescr partial;
  private final DecisionTable table;
  private final Resource resource;
  private final List<Renaming> renamings;

  private RuleSource(
      String file, String drl, byte[] bytes, DecisionTable table, String sourcePath) {
    this.file = file;
    this.drl = drl;
    this.table = table;
    DrlParser parser = new DrlParser();
    this.partial = parse(parser, drl);
    this.parsed = parser.hasErrors() ? null : partial;
    this.resource = ResourceFactory.newByteArrayResource(bytes);
    this.resource.setSourcePath(sourcePath);
    this.renamings =
        parsed == null
            ? List.of()
            : parsed.getRules().stream()
                .map(RuleDescr::getName)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Renaming::of)
                .toList();
  }

  /**
   * Reads a rule file. A decision table is checked and converted first; if it has a problem, the
   * problem is added and there is nothing to compile.
   *
   * @param file the file's name for messages
   * @param fileName the file's own name, whose extension tells a table from DRL
   * @param bytes the file
   * @param sourcePath the path to give the compiler's resource
   * @param problems where to add the table's problems
   */
  static Optional<RuleSource> read(
      String file, String fileName, byte[] raw, String sourcePath, List<RuleProblem> problems) {
    boolean spreadsheet =
        DecisionTable.isTable(fileName)
            && !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".drl.csv");
    byte[] bytes = raw;
    if (!spreadsheet) {
      Optional<RuleProblem> encoding = RuleEncoding.problem(file, raw);
      if (encoding.isPresent()) {
        problems.add(encoding.get());
        return Optional.empty();
      }
      bytes = RuleEncoding.withoutByteOrderMark(raw);
    }
    if (!DecisionTable.isTable(fileName)) {
      return Optional.of(
          new RuleSource(file, new String(bytes, StandardCharsets.UTF_8), bytes, null, sourcePath));
    }
    DecisionTable table = DecisionTable.read(file, fileName, bytes);
    List<RuleProblem> found = table.problems();
    if (!found.isEmpty()) {
      problems.addAll(found);
      return Optional.empty();
    }
    String drl;
    try {
      drl = table.drl();
    } catch (NoClassDefFoundError e) {
      problems.add(new RuleProblem(file, 0, missingClass(e)));
      return Optional.empty();
    } catch (RuntimeException e) {
      problems.add(table.conversionProblem(cleaned(rootMessage(e))));
      return Optional.empty();
    }
    if (drl == null || drl.isBlank()) {
      problems.add(new RuleProblem(file, 0, ProblemText.of("noRules")));
      return Optional.empty();
    }
    return Optional.of(
        new RuleSource(file, drl, drl.getBytes(StandardCharsets.UTF_8), table, sourcePath));
  }

  /** The file's name for messages. */
  String file() {
    return file;
  }

  /** The DRL the compiler reads. */
  String drl() {
    return drl;
  }

  /** The DRL parsed, or null if it does not parse (the compiler then says why). */
  PackageDescr parsed() {
    return parsed;
  }

  /**
   * What the parser made of the DRL even if it found errors, for the checks of what is declared; a
   * file with errors does not compile, but is still refused for what it declares. Null if the
   * parser gave up.
   */
  PackageDescr partial() {
    return partial;
  }

  /** Whether the file is a decision table. */
  boolean table() {
    return table != null;
  }

  /** The resource to give the compiler. */
  Resource resource() {
    return resource;
  }

  /**
   * A problem of this file at a line, in words of the project's own bundle: at the table's row when
   * the file is a decision table.
   */
  RuleProblem problem(int line, Message message) {
    if (table == null) {
      return new RuleProblem(file, line, message);
    }
    int row = table.row(line);
    return table.where().isEmpty()
        ? new RuleProblem(file, row, message)
        : new RuleProblem(file, row, table.on(message));
  }

  /**
   * A problem at a line of the DRL, as the integrator should read it: at the table's row for a
   * decision table, and in words that name the file's rules rather than what the compiler made of
   * them.
   *
   * @param line the line of the DRL, from 1, or 0 if not known
   * @param message what the compiler or a check said
   */
  RuleProblem problem(int line, String message) {
    if (line == 0) {
      Matcher at = PARSER_LINE.matcher(String.valueOf(message));
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
      }
    }
    if (line == 0 || (table != null && table.row(line) == 0)) {
      // such as a quote a METADATA cell leaves open, which the parser meets at the end of the file
      line = ruleLine(String.valueOf(message)).orElse(line);
    }
    String m = cleaned(message);
    for (Renaming r : renamings) {
      m = r.pattern().matcher(m).replaceAll(Matcher.quoteReplacement(r.replacement()));
    }
    if (table == null) {
      return new RuleProblem(file, line, m);
    }
    int row = table.row(line);
    m = DRL_POSITION.matcher(m).replaceAll(" ").strip().replaceAll(" {2,}", " ");
    return new RuleProblem(file, row, table.where() + m);
  }

  /**
   * A problem the compiler or Drools' parser found, in their own words (cleaned as {@link
   * #problem(int, String)} does) after a lead-in in the reader's language.
   */
  RuleProblem compilerProblem(int line, String message) {
    RuleProblem p = problem(line, message);
    return new RuleProblem(p.file(), p.line(), ProblemText.compiler(p.text()));
  }

  /** The line of the rule a message names ({@code in rule "name"}), if it names one. */
  private Optional<Integer> ruleLine(String message) {
    Matcher named = NAMED_RULE.matcher(message);
    if (!named.find()) {
      return Optional.empty();
    }
    String header = "rule \"" + named.group(1) + "\"";
    List<String> lines = drl.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(header)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /**
   * A message without the compiler's resource paths, and without the stack trace the parser puts in
   * a message when it fails inside.
   */
  static String cleaned(String message) {
    String m = STACK_TRACE.matcher(String.valueOf(message)).replaceFirst("");
    m = PARSER_EXCEPTION.matcher(m).replaceFirst("");
    return COMPILATION.matcher(m).replaceAll("").strip().replaceAll(" {2,}", " ");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /**
   * What a missing class means: Apache POI is left to hosts that read spreadsheets; anything else
   * was taken off the class path although the rules compiler needs it.
   */
  static String missingClass(NoClassDefFoundError e) {
    String missing = String.valueOf(e.getMessage());
    return missing.startsWith("org/apache/poi") || missing.startsWith("org.apache.poi")
        ? "spreadsheet decision tables need Apache POI: add org.apache.poi:poi-ooxml to the host,"
            + " or save the table as CSV (*.drl.csv)"
        : "the rules compiler needs a class that is not on the class path: " + missing;
  }

  private static PackageDescr parse(DrlParser parser, String drl) {
    try {
      return parser.parse(false, drl);
    } catch (DroolsParserException | RuntimeException e) {
      return null;
    }
  }

  /** A rule's name as the compiler writes it in the name of the rule's class, after Rule_. */
  static String generatedName(String rule) {
    StringBuilder generated = new StringBuilder();
    for (char ch : rule.replace(' ', '_').toCharArray()) {
      if (Character.isJavaIdentifierPart(ch) && ch != '$') {
        generated.append(ch);
      } else if (ch == '$') {
        generated.append("_dollar_");
      } else {
        generated.append("$u").append((int) ch).append('$');
      }
    }
    return generated.toString();
  }

  /**
   * The name the compiler gives the class of a rule's consequence, and what to say instead. The
   * compiler writes {@code Rule_}, the rule's name with spaces as underscores and, if the name has
   * other characters that cannot be in a Java name, those as {@code $u<code>$} and {@code $} as
   * {@code _dollar_}, then a number; a package path may come before it and an invoker's name after.
   */
  private record Renaming(Pattern pattern, String replacement) {
    static Renaming of(String rule) {
      return new Renaming(
          Pattern.compile(
              "(?:[\\w$]+[/.])*Rule_"
                  + Pattern.quote(generatedName(rule))
                  + "\\d+[\\w$]*(?:\\.java)?"),
          "rule \"" + rule + "\"");
    }
  }
}
