package org.gridgov.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a rule file, read two ways, for {@link RuleFileGuard}.
 *
 * <p>A DRL file is read by three lexers: the DRL parser's, the Java compiler's (consequences,
 * functions and {@code eval}s of the Java dialect) and MVEL's (constraints, {@code from}
 * expressions and consequences of the MVEL dialect). They disagree on what is a string or a
 * comment: Java turns {@code \u0053} into {@code S} everywhere before it reads anything, and has
 * text blocks; DRL and MVEL do neither, and quote strings with {@code '} too. A checker that read
 * the file one way only could be shown code hidden, the other way, in what it takes for a string.
 * So the file is read both ways and the checker looks at every identifier either reading sees
 * outside strings and comments.
 *
 * <p>Identifiers drop the characters Java ignores in them (such as the zero-width space), so that
 * {@code Sys\u200Btem} reads as {@code System}, as the Java compiler reads it.
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
   * @param line the line in the file, from 1
   * @param escaped whether the token was written with unicode escapes
   */
  record Token(Kind kind, String text, int line, boolean escaped) {

    boolean is(String punctuationOrWord) {
      return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctuationOrWord);
    }
  }

  /** The file as the Java compiler reads it: unicode escapes first, text blocks, char literals. */
  static List<Token> asJava(String source) {
    return new Lexer(Unescaped.of(source), true).tokens();
  }

  /** The file as the DRL parser and MVEL read it: no unicode escapes, strings in " or '. */
  static List<Token> asDrl(String source) {
    return new Lexer(Unescaped.raw(source), false).tokens();
  }

  /** Source text with, for each character, its line and whether it was a unicode escape. */
  private record Unescaped(String text, int[] lines, boolean[] escaped) {

    static Unescaped raw(String source) {
      int[] lines = new int[source.length()];
      int line = 1;
      for (int i = 0; i < source.length(); i++) {
        lines[i] = line;
        line += lineBreakAt(source, i) ? 1 : 0;
      }
      return new Unescaped(source, lines, new boolean[source.length()]);
    }

    /**
     * Replaces unicode escapes as the Java compiler does (JLS 3.3): a backslash preceded by an even
     * number of backslashes, one or more {@code u}, four hex digits.
     */
    static Unescaped of(String source) {
      StringBuilder out = new StringBuilder(source.length());
      int[] lines = new int[source.length()];
      boolean[] escaped = new boolean[source.length()];
      int line = 1;
      int backslashes = 0;
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        int start = i;
        int length = 1;
        char decoded = c;
        if (c == '\\' && backslashes % 2 == 0) {
          int j = i + 1;
          while (j < source.length() && source.charAt(j) == 'u') {
            j++;
          }
          if (j > i + 1 && j + 4 <= source.length() && isHex(source, j, j + 4)) {
            decoded = (char) Integer.parseInt(source.substring(j, j + 4), 16);
            length = j + 4 - i;
          }
        }
        backslashes = c == '\\' && length == 1 ? backslashes + 1 : 0;
        lines[out.length()] = line;
        escaped[out.length()] = length > 1;
        out.append(decoded);
        for (int k = start; k < start + length; k++) {
          line += lineBreakAt(source, k) ? 1 : 0;
        }
        i += length;
      }
      int n = out.length();
      int[] shortLines = new int[n];
      boolean[] shortEscaped = new boolean[n];
      System.arraycopy(lines, 0, shortLines, 0, n);
      System.arraycopy(escaped, 0, shortEscaped, 0, n);
      return new Unescaped(out.toString(), shortLines, shortEscaped);
    }

    private static boolean isHex(String s, int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.digit(s.charAt(k), 16) < 0) {
          return false;
        }
      }
      return true;
    }

    /** A line ends at \n, and at a \r not followed by \n. */
    private static boolean lineBreakAt(String s, int i) {
      char c = s.charAt(i);
      return c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
    }
  }

  private static final class Lexer {
    private final String s;
    private final Unescaped source;
    private final boolean java;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    Lexer(Unescaped source, boolean java) {
      this.source = source;
      this.s = source.text();
      this.java = java;
    }

    List<Token> tokens() {
      while (i < s.length()) {
        char c = s.charAt(i);
        int cp = s.codePointAt(i);
        if (Character.isWhitespace(c) || Character.isISOControl(c) && !ignorable(c)) {
          i++;
        } else if (s.startsWith("//", i)) {
          skipLine();
        } else if (s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          i = end < 0 ? s.length() : end + 2;
        } else if (java && s.startsWith("\"\"\"", i)) {
          quoted("\"\"\"", true);
        } else if (c == '"' || c == '\'') {
          quoted(String.valueOf(c), !java);
        } else if (Character.isJavaIdentifierStart(cp) || ignorable(cp)) {
          identifier();
        } else if (Character.isDigit(c)
            || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
          number();
        } else if (s.startsWith("::", i)) {
          add(Kind.PUNCT, "::", i, i + 2);
          i += 2;
        } else {
          add(Kind.PUNCT, new String(Character.toChars(cp)), i, i + Character.charCount(cp));
          i += Character.charCount(cp);
        }
      }
      return tokens;
    }

    private static boolean ignorable(int codePoint) {
      return Character.isIdentifierIgnorable(codePoint);
    }

    private void skipLine() {
      while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
        i++;
      }
    }

    /** A string, char literal or text block; unterminated, it ends at the line's end in Java. */
    private void quoted(String quote, boolean multiline) {
      int start = i;
      i += quote.length();
      StringBuilder content = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
          content.append(c).append(s.charAt(i + 1));
          i += 2;
        } else if (s.startsWith(quote, i)) {
          i += quote.length();
          add(Kind.STRING, content.toString(), start, i);
          return;
        } else if (!multiline && (c == '\n' || c == '\r')) {
          break;
        } else {
          content.append(c);
          i++;
        }
      }
      add(Kind.STRING, content.toString(), start, i);
    }

    private void identifier() {
      int start = i;
      StringBuilder name = new StringBuilder();
      while (i < s.length() && Character.isJavaIdentifierPart(s.codePointAt(i))) {
        int cp = s.codePointAt(i);
        if (!ignorable(cp)) {
          name.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
      if (name.length() > 0) {
        add(Kind.IDENT, name.toString(), start, i);
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
      add(Kind.NUMBER, s.substring(start, i), start, i);
    }

    private void add(Kind kind, String text, int from, int to) {
      boolean escaped = false;
      for (int k = from; k < to && k < s.length(); k++) {
        escaped |= source.escaped()[k];
      }
      tokens.add(new Token(kind, text, source.lines()[Math.min(from, s.length() - 1)], escaped));
    }
  }
}
