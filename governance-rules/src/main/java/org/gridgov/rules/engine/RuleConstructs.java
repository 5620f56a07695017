package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;

/**
 * Refuses, in an integrator file read by Drools' own parser, the constructs whose code the engine
 * could not verify before it runs: the MVEL dialect, and whatever Drools evaluates while it
 * compiles, unless it is a literal.
 *
 * <ul>
 *   <li>{@code dialect "mvel"}, for the file or a rule: in MVEL a call without a receiver goes to
 *       the rule session (the knowledge helper), and MVEL resolves members by name when the rule
 *       fires, so no check of the compiled code can see what it calls. Integrator rules are Java.
 *   <li>Values of rule metadata ({@code @name(value)}) and of the annotations of declared types and
 *       their fields, and the initial values of declared fields: Drools evaluates them with MVEL
 *       while it compiles, so checking a folder would run them. They must be literals: a string, a
 *       number, {@code true}, {@code false} or {@code null}.
 *   <li>{@code salience} and {@code enabled} as expressions in parentheses: they run at every
 *       activation, outside the code that is verified. A salience is a whole number, enabled {@code
 *       true} or {@code false}.
 *   <li>Declared enums (their constants' arguments are evaluated while compiling), windows and
 *       entry points, which the engine's sessions of one call have no use for.
 *   <li>Unicode escapes ({@code \u0022}) anywhere in the file ({@link #unicodeEscapes}): Drools'
 *       parser leaves them as they are and the Java compiler decodes them first, so the two would
 *       read different code. A file is UTF-8 and writes any character as itself.
 * </ul>
 *
 * <p>Timers, calendars and durations are refused by {@link RuleAttributes}. Each refusal is at the
 * line of the DRL that holds it.
 */
final class RuleConstructs {

  /** A unicode escape as the Java compiler reads it: an odd run of backslashes, u, four hex. */
  private static final Pattern UNICODE_ESCAPE =
      Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+[0-9a-fA-F]{4}");

  private static final Pattern LITERAL =
      Pattern.compile(
          "\"(?:[^\"\\\\]|\\\\[^u])*\"|'(?:[^'\\\\]|\\\\[^u])*'"
              + "|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?[lLdDfFbBiI]?"
              + "|true|false|null");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d{1,10}");

  private RuleConstructs() {}

  /**
   * Checks a parsed integrator file.
   *
   * @param file the file's name for messages
   * @param drl the file's DRL, which the parser read
   * @param parsed the DRL, parsed
   * @return each refused construct, at the line of the DRL it is on
   */
  static List<RuleProblem> check(String file, String drl, PackageDescr parsed) {
    List<RuleProblem> problems = new ArrayList<>();
    List<String> lines = drl.lines().toList();
    for (AttributeDescr a : parsed.getAttributes()) {
      dialect(file, a, parsed, ProblemText.of("theFile"), problems);
    }
    for (FunctionDescr f : parsed.getFunctions()) {
      if (f.getDialect() != null && !f.getDialect().equals("java")) {
        problems.add(
            new RuleProblem(
                file,
                line(f, parsed),
                ProblemText.of("functionDialect", f.getName(), f.getDialect())));
      }
    }
    for (RuleDescr rule : parsed.getRules()) {
      Message where = ProblemText.of("rule", rule.getName());
      for (AttributeDescr a : rule.getAttributes().values()) {
        dialect(file, a, rule, where, problems);
        expression(file, a, rule, problems);
      }
      annotations(file, lines, rule, "metadataOfRule", List.of(rule.getName()), problems);
    }
    for (TypeDeclarationDescr type : parsed.getTypeDeclarations()) {
      String typeName = type.getTypeName();
      annotations(file, lines, type, "annotationOfType", List.of(typeName), problems);
      for (TypeFieldDescr field : type.getFields().values()) {
        List<Object> fieldWhere = List.of(typeName, field.getFieldName());
        annotations(file, lines, field, "annotationOfField", fieldWhere, problems);
        String init = field.getInitExpr();
        if (init != null && !init.isBlank() && !LITERAL.matcher(init.strip()).matches()) {
          problems.add(
              new RuleProblem(
                  file,
                  line(field, type),
                  ProblemText.of("initialValue", typeName, field.getFieldName(), shown(init))));
        }
      }
    }
    for (EnumDeclarationDescr e : parsed.getEnumDeclarations()) {
      refuse(file, e, parsed, ProblemText.of("declaresEnum", e.getTypeName()), problems);
    }
    for (WindowDeclarationDescr w : parsed.getWindowDeclarations()) {
      refuse(file, w, parsed, ProblemText.of("declaresWindow", w.getName()), problems);
    }
    for (EntryPointDeclarationDescr p : parsed.getEntryPointDeclarations()) {
      refuse(file, p, parsed, ProblemText.of("declaresEntryPoint", p.getEntryPointId()), problems);
    }
    problems.sort(java.util.Comparator.comparingInt(RuleProblem::line));
    return problems;
  }

  /**
   * Refuses the unicode escapes of a file, whether or not it parses.
   *
   * @param file the file's name for messages
   * @param drl the file's DRL
   * @return each line with an escape, refused
   */
  static List<RuleProblem> unicodeEscapes(String file, String drl) {
    List<RuleProblem> problems = new ArrayList<>();
    Matcher m = UNICODE_ESCAPE.matcher(drl);
    int lastLine = -1;
    while (m.find()) {
      int line = lineOf(drl, m.start());
      if (line == lastLine) {
        continue;
      }
      lastLine = line;
      String escape = m.group().substring(m.group().lastIndexOf('\\'));
      problems.add(new RuleProblem(file, line, ProblemText.of("unicodeEscape", escape)));
    }
    return problems;
  }

  /**
   * Refuses the characters Java ignores in names (such as the zero-width space U+200B), whether or
   * not the file parses: the Java compiler drops them, so {@code Sys\u200Btem} is {@code System} to
   * it, while Drools' parser and MVEL read another name or none.
   *
   * @param file the file's name for messages
   * @param drl the file's DRL
   * @return each line with such a character, refused
   */
  static List<RuleProblem> invisibleCharacters(String file, String drl) {
    List<RuleProblem> problems = new ArrayList<>();
    int line = 1;
    int lastLine = -1;
    for (int i = 0; i < drl.length(); i += Character.charCount(drl.codePointAt(i))) {
      int c = drl.codePointAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isIdentifierIgnorable(c)
          && !Character.isISOControl(c)
          && line != lastLine) {
        lastLine = line;
        problems.add(
            new RuleProblem(
                file, line, ProblemText.of("invisibleCharacter", String.format("U+%04X", c))));
      }
    }
    return problems;
  }

  private static void dialect(
      String file, AttributeDescr a, BaseDescr owner, Message where, List<RuleProblem> problems) {
    if (!a.getName().equals("dialect")) {
      return;
    }
    String value = a.getValue() == null ? "" : a.getValue().strip().replace("\"", "");
    if (!value.equals("java")) {
      problems.add(new RuleProblem(file, line(a, owner), ProblemText.of("dialect", value, where)));
    }
  }

  private static void expression(
      String file, AttributeDescr a, RuleDescr rule, List<RuleProblem> problems) {
    String value = a.getValue() == null ? "" : a.getValue().strip();
    String unwrapped = value;
    while (unwrapped.length() >= 2 && unwrapped.startsWith("(") && unwrapped.endsWith(")")) {
      unwrapped = unwrapped.substring(1, unwrapped.length() - 1).strip();
    }
    if (LITERAL.matcher(unwrapped).matches()) {
      return; // a literal of the wrong kind is RuleAttributes' to refuse
    }
    boolean refused =
        switch (a.getName()) {
          case "salience" -> !WHOLE_NUMBER.matcher(value).matches() && value.startsWith("(");
          case "enabled" ->
              !value.equals("true") && !value.equals("false") && value.startsWith("(");
          default -> false;
        };
    if (refused) {
      problems.add(
          new RuleProblem(
              file,
              line(a, rule),
              ProblemText.of(a.getName() + "Expression", shown(value), rule.getName())));
    }
  }

  private static void annotations(
      String file,
      List<String> lines,
      AnnotatedBaseDescr owner,
      String key,
      List<Object> where,
      List<RuleProblem> problems) {
    Collection<AnnotationDescr> annotations = owner.getAnnotations();
    for (AnnotationDescr a : annotations) {
      for (Map.Entry<String, Object> e : a.getValueMap().entrySet()) {
        String value = String.valueOf(e.getValue()).strip();
        if (!LITERAL.matcher(value).matches()) {
          String shownName = e.getKey().equals(AnnotationDescr.VALUE) ? "" : e.getKey() + " = ";
          List<Object> arguments = new ArrayList<>(where);
          arguments.add(a.getName());
          arguments.add(shownName + shown(value));
          problems.add(
              new RuleProblem(
                  file, annotationLine(lines, a, owner), ProblemText.of(key, arguments.toArray())));
        }
      }
    }
  }

  private static void refuse(
      String file, BaseDescr d, BaseDescr owner, Message message, List<RuleProblem> problems) {
    problems.add(new RuleProblem(file, line(d, owner), message));
  }

  /** The line of an annotation: the parser gives none, so the first line of its owner with it. */
  private static int annotationLine(List<String> lines, AnnotationDescr a, BaseDescr owner) {
    int from = Math.max(owner.getLine(), 1);
    for (int i = from; i <= lines.size(); i++) {
      if (lines.get(i - 1).contains("@" + a.getName())) {
        return i;
      }
    }
    return line(a, owner);
  }

  private static int line(BaseDescr d, BaseDescr owner) {
    return d.getLine() > 0 ? d.getLine() : Math.max(owner.getLine(), 0);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static String shown(String value) {
    String v = value.strip().replaceAll("\\s+", " ");
    return v.length() <= 60 ? v : v.substring(0, 60) + "…";
  }
}
