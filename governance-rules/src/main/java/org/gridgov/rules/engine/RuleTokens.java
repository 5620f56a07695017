package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of an expression that MVEL evaluates (a constraint, a {@code from} source, an argument
 * of an accumulate function), as the parser handed it over, for {@link RuleFileGuard}.
 *
 * <p>Strings are quoted in {@code "} or {@code '}, as in DRL and MVEL. Unicode escapes are refused
 * in the whole file before any expression is read ({@link RuleConstructs#unicodeEscapes}), so the
 * text is read as it is written. Identifiers drop the characters Java ignores in them (such as the
 * zero-width space), so that a name split by one reads as the name it spells.
 */
final class RuleTokens {

  private RuleTokens() {}

  /** What a token is. */
  enum Kind {
    IDENT,
    STRING,
    NUMBER,
    PUNCT
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text an identifier without ignorable characters, a string's content, or the punctuation
   * @param line the line in the expression, from 1
   */
  record Token(Kind kind, String text, int line) {

    boolean is(String punctuationOrWord) {
      return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctuationOrWord);
    }
  }

  /** The tokens of an expression, outside comments. */
  static List<Token> of(String expression) {
    return new Lexer(expression).tokens();
  }

  private static final class Lexer {
    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private int i;
    private int line = 1;

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() {
      while (i < s.length()) {
        char c = s.charAt(i);
        int cp = s.codePointAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (Character.isWhitespace(c) || Character.isISOControl(c) && !ignorable(c)) {
          i++;
        } else if (s.startsWith("//", i)) {
          while (i < s.length() && s.charAt(i) != '\n') {
            i++;
          }
        } else if (s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          int stop = end < 0 ? s.length() : end + 2;
          line += (int) s.substring(i, stop).chars().filter(ch -> ch == '\n').count();
          i = stop;
        } else if (c == '"' || c == '\'') {
          quoted(c);
        } else if (Character.isJavaIdentifierStart(cp) || ignorable(cp)) {
          identifier();
        } else if (Character.isDigit(c)
            || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
          number();
        } else if (s.startsWith("::", i)) {
          tokens.add(new Token(Kind.PUNCT, "::", line));
          i += 2;
        } else {
          tokens.add(new Token(Kind.PUNCT, new String(Character.toChars(cp)), line));
          i += Character.charCount(cp);
        }
      }
      return tokens;
    }

    private static boolean ignorable(int codePoint) {
      return Character.isIdentifierIgnorable(codePoint);
    }

    /** A string; unterminated, it runs to the end of the expression. */
    private void quoted(char quote) {
      int start = line;
      i++;
      StringBuilder content = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
          content.append(c).append(s.charAt(i + 1));
          i += 2;
        } else if (c == quote) {
          i++;
          break;
        } else {
          line += c == '\n' ? 1 : 0;
          content.append(c);
          i++;
        }
      }
      tokens.add(new Token(Kind.STRING, content.toString(), start));
    }

    private void identifier() {
      StringBuilder name = new StringBuilder();
      while (i < s.length() && Character.isJavaIdentifierPart(s.codePointAt(i))) {
        int cp = s.codePointAt(i);
        if (!ignorable(cp)) {
          name.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
      if (name.length() > 0) {
        tokens.add(new Token(Kind.IDENT, name.toString(), line));
      }
    }

    private void number() {
      int start = i;
      i++;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_') {
          i++;
        } else if (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      tokens.add(new Token(Kind.NUMBER, s.substring(start, i), line));
    }
  }
}
