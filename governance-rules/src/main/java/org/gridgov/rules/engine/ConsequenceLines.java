package org.gridgov.rules.engine;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Where in a rule file the Java compiler's error in a consequence is. Drools reports such an error
 * at the line of the rule; the compiler names a line of the class Drools generated from it, in
 * which the consequence is copied from its first character with its lines as written. The line of
 * the generated class where a consequence starts is learnt once, by compiling a consequence with a
 * known error, so that it follows Drools' template rather than a number written here.
 */
final class ConsequenceLines {

  private ConsequenceLines() {}

  /** The line of the generated class on which a consequence's first line stands. */
  private static final class Start {
    static final int LINE = learn();

    private static int learn() {
      KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
      builder.add(
          ResourceFactory.newByteArrayResource(
                  "package org.gridgov.lines;\nrule \"r\"\nwhen\nthen\n  int a = 1 +;\nend\n"
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .setSourcePath("org/gridgov/lines/probe.drl"),
          ResourceType.DRL);
      for (KnowledgeBuilderError e : builder.getErrors()) {
        int line = javaLine(e);
        if (line > 0) {
          return line;
        }
      }
      return 0;
    }
  }

  /**
   * The line of the rule file of a compiler error in a consequence.
   *
   * @param e an error of the rules compiler
   * @param drl the text of the rule file (the DRL a decision table converts to)
   * @return the line, from 1; 0 if the error is not the compiler's in a consequence
   */
  static int of(KnowledgeBuilderError e, String drl) {
    if (!(e instanceof DescrBuildError d) || !(d.getDescr() instanceof RuleDescr rule)) {
      return 0;
    }
    int java = javaLine(e);
    int first = firstLine(drl, rule.getConsequenceLine(), rule.getConsequenceOffset());
    if (java <= 0 || first <= 0 || Start.LINE <= 0 || java < Start.LINE) {
      return 0;
    }
    int line = first + java - Start.LINE;
    // an error the compiler finds only at the class's end (an unclosed brace) is at the rule's end
    return rule.getEndLine() > 0 ? Math.min(line, rule.getEndLine()) : line;
  }

  /** The line of the generated class the compiler names, or 0. */
  private static int javaLine(KnowledgeBuilderError e) {
    if (e instanceof DescrBuildError d && d.getObject() instanceof CompilationProblem[] problems) {
      for (CompilationProblem p : problems) {
        if (p.isError() && p.getStartLine() > 0) {
          return p.getStartLine();
        }
      }
    }
    return 0;
  }

  /**
   * The line of the consequence's first character: Drools keeps a consequence from its first
   * character that is not white space after {@code then}.
   *
   * @param thenLine the line of {@code then}, from 1
   * @param column the column just after {@code then} and the character that follows it
   */
  static int firstLine(String drl, int thenLine, int column) {
    if (drl == null || thenLine <= 0) {
      return 0;
    }
    int line = 1;
    int i = 0;
    while (i < drl.length() && line < thenLine) {
      if (drl.charAt(i++) == '\n') {
        line++;
      }
    }
    if (line != thenLine) {
      return 0;
    }
    int thenAt = drl.indexOf("then", i);
    int lineEnd = drl.indexOf('\n', i);
    i = thenAt >= 0 && (lineEnd < 0 || thenAt < lineEnd) ? thenAt + "then".length() : i + column;
    for (; i < drl.length() && Character.isWhitespace(drl.charAt(i)); i++) {
      if (drl.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
