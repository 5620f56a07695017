package org.gridgov.rules.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gridgov.core.common.Message;

/**
 * Checks a regular expression that a rule writes as a literal. Java's engine backtracks, and a
 * pattern such as {@code (a+)+b} takes time exponential in the length of the text it fails on. A
 * rule's pattern must keep clear of what makes backtracking blow up: a repeated group that itself
 * holds a repetition or an alternative, a back-reference, and look-around. What remains (classes,
 * single repetitions, groups repeated whole) is matched in time polynomial in the text, which the
 * facts keep short.
 */
final class RuleRegex {

  /** The longest pattern a rule may write. */
  static final int MAX_LENGTH = 200;

  private RuleRegex() {}

  /**
   * Why the pattern is refused.
   *
   * @param pattern the regular expression
   * @return what is wrong with it, in words for its author ({@code rule.use.regex.*}); empty if it
   *     is accepted
   */
  static Optional<Message> problem(String pattern) {
    if (pattern.length() > MAX_LENGTH) {
      return Optional.of(CodeUse.of("regex.tooLong", MAX_LENGTH));
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Optional.of(CodeUse.of("regex.invalid", e.getDescription()));
    }
    // for each open group: whether it holds a repetition or an alternative
    Deque<boolean[]> groups = new ArrayDeque<>();
    groups.push(new boolean[] {false});
    boolean inClass = false;
    boolean lastClosedRisky = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 < pattern.length()) {
          char next = pattern.charAt(i + 1);
          if (!inClass && (Character.isDigit(next) && next != '0' || next == 'k')) {
            return Optional.of(CodeUse.of("regex.backReference"));
          }
        }
        i++;
        lastClosedRisky = false;
        continue;
      }
      if (inClass) {
        inClass = c != ']';
        continue;
      }
      switch (c) {
        case '[' -> {
          inClass = true;
          lastClosedRisky = false;
        }
        case '(' -> {
          if (pattern.startsWith("(?=", i)
              || pattern.startsWith("(?!", i)
              || pattern.startsWith("(?<=", i)
              || pattern.startsWith("(?<!", i)) {
            return Optional.of(CodeUse.of("regex.lookAround"));
          }
          groups.push(new boolean[] {false});
          lastClosedRisky = false;
        }
        case ')' -> {
          boolean[] closed = groups.size() > 1 ? groups.pop() : new boolean[] {false};
          lastClosedRisky = closed[0];
          if (closed[0]) {
            groups.peek()[0] = true;
          }
        }
        case '|' -> {
          groups.peek()[0] = true;
          lastClosedRisky = false;
        }
        case '*', '+', '?', '{' -> {
          boolean unbounded = c == '*' || c == '+' || c == '{' && openEnded(pattern, i);
          if (lastClosedRisky && (unbounded || c == '{')) {
            return Optional.of(CodeUse.of("regex.nestedRepetition"));
          }
          if (c != '?') {
            groups.peek()[0] = true;
          }
          lastClosedRisky = false;
        }
        default -> lastClosedRisky = false;
      }
    }
    return Optional.empty();
  }

  private static boolean openEnded(String pattern, int brace) {
    int close = pattern.indexOf('}', brace);
    return close > 0 && pattern.substring(brace, close).contains(",");
  }
}
