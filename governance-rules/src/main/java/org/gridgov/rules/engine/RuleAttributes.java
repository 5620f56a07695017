package org.gridgov.rules.engine;

import java.text.DateFormatSymbols;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.util.DateUtils;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;

/**
 * Refuses rule attributes that Drools compiles but that fail, or never let the rule fire, once the
 * engine decides. The engine fires each call's rules at once, in a session of its own that ends
 * when the call returns, with the main agenda group only and no calendars. So:
 *
 * <ul>
 *   <li>{@code salience} is a whole number, or an expression in parentheses; text such as {@code
 *       "high"} compiles and then fails every call;
 *   <li>{@code enabled} is {@code true}, {@code false} or an expression in parentheses, not text or
 *       a number;
 *   <li>{@code date-effective} and {@code date-expires} are real dates in Drools' date format
 *       ({@code d-MMM-yyyy} unless the host sets {@code drools.dateformat}); Drools reads {@code
 *       32-Jan-2025} as the first of February;
 *   <li>{@code timer} and {@code duration} make a rule wait for time that never passes in a call;
 *       {@code calendars} names calendars the sessions do not have; {@code agenda-group} other than
 *       {@code MAIN}, {@code ruleflow-group} and {@code auto-focus} ask for groups the engine never
 *       fires.
 * </ul>
 *
 * <p>An expression in parentheses is typed only when the rule fires, so it is refused here only
 * when it is a bare literal of the wrong kind.
 */
final class RuleAttributes {

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?[dDfFlL]?");
  private static final Pattern TEXT =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern ARITHMETIC = Pattern.compile("[-+*/%()\\d.\\s]+");

  /** The column of a decision table that gives each attribute. */
  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("salience", "PRIORITY"),
          Map.entry("enabled", "ENABLED"),
          Map.entry("date-effective", "DATE-EFFECTIVE"),
          Map.entry("date-expires", "DATE-EXPIRES"),
          Map.entry("timer", "TIMER"),
          Map.entry("duration", "DURATION"),
          Map.entry("calendars", "CALENDARS"),
          Map.entry("auto-focus", "AUTO-FOCUS"),
          Map.entry("agenda-group", "AGENDA-GROUP"),
          Map.entry("ruleflow-group", "RULEFLOW-GROUP"));

  /** The attributes whose value the parser gives without the quotes it was written in. */
  private static final Set<String> QUOTED =
      Set.of("date-effective", "date-expires", "agenda-group", "ruleflow-group");

  private RuleAttributes() {}

  /**
   * Checks the attributes of every rule of a parsed file.
   *
   * @param file the file's name for messages
   * @param parsed the file's DRL, parsed
   * @param table whether the DRL was converted from a decision table, whose columns the messages
   *     then name
   * @return each refused attribute, at the line of the DRL it is on
   */
  static List<RuleProblem> check(String file, PackageDescr parsed, boolean table) {
    List<RuleProblem> problems = new ArrayList<>();
    for (AttributeDescr a : parsed.getAttributes()) {
      check(a, ProblemText.of("everyRule"), table)
          .ifPresent(m -> problems.add(new RuleProblem(file, line(a, parsed.getLine()), m)));
    }
    for (RuleDescr rule : parsed.getRules()) {
      for (AttributeDescr a : rule.getAttributes().values()) {
        check(a, ProblemText.of("rule", rule.getName()), table)
            .ifPresent(m -> problems.add(new RuleProblem(file, line(a, rule.getLine()), m)));
      }
    }
    return problems;
  }

  private static int line(AttributeDescr a, int fallback) {
    return a.getLine() > 0 ? a.getLine() : fallback;
  }

  private static Optional<Message> check(AttributeDescr a, Message where, boolean table) {
    String name = a.getName();
    String value = a.getValue() == null ? "" : a.getValue().strip();
    if (name.equals("calendars")) {
      value = value.replaceAll("^\\[\\s*|\\s*\\]$", "");
    }
    Message reason = reason(name, value);
    if (reason == null) {
      return Optional.empty();
    }
    String written =
        table && COLUMNS.containsKey(name)
            ? (COLUMNS.get(name) + " " + value).strip()
            : shown(name, value);
    return Optional.of(ProblemText.of("attribute", written, where, reason));
  }

  /** The attribute as it is written in DRL: the parser drops some quotes and parentheses. */
  private static String shown(String name, String value) {
    if (value.isEmpty()) {
      return name;
    }
    if (name.equals("timer")) {
      return name + " (" + value + ")";
    }
    return name + " " + (QUOTED.contains(name) ? "\"" + value + "\"" : value);
  }

  /** Why the attribute is refused, or null if it is not. */
  private static Message reason(String name, String value) {
    String literal = unwrapped(value);
    switch (name) {
      case "salience":
        if (INTEGER.matcher(value).matches()) {
          long n;
          try {
            n = Long.parseLong(value);
          } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
          }
          return n == (int) n
              ? null
              : ProblemText.of(
                  "attribute.salienceRange",
                  String.valueOf(Integer.MIN_VALUE),
                  String.valueOf(Integer.MAX_VALUE));
        }
        if (TEXT.matcher(literal).matches()) {
          return ProblemText.of("attribute.salienceText");
        }
        if (DECIMAL.matcher(literal).matches()
            || literal.equals("true")
            || literal.equals("false")
            || literal.equals("null")) {
          return ProblemText.of("attribute.salienceNotWhole");
        }
        return null;
      case "enabled":
        if (value.equals("true") || value.equals("false")) {
          return null;
        }
        if (TEXT.matcher(literal).matches()
            || literal.equals("null")
            || ARITHMETIC.matcher(literal).matches()) {
          return ProblemText.of("attribute.enabled");
        }
        return null;
      case "date-effective", "date-expires":
        return dateProblem(value);
      case "timer", "duration":
        return ProblemText.of("attribute.timer");
      case "calendars":
        return ProblemText.of("attribute.calendars");
      case "auto-focus":
        return value.equals("false") ? null : ProblemText.of("attribute.autoFocus");
      case "agenda-group":
        return value.equals("MAIN") ? null : ProblemText.of("attribute.agendaGroup");
      case "ruleflow-group":
        return ProblemText.of("attribute.ruleflowGroup");
      default:
        return null;
    }
  }

  /** A value without the parentheses around it. */
  private static String unwrapped(String value) {
    String v = value;
    while (v.length() >= 2 && v.startsWith("(") && v.endsWith(")")) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  /**
   * Why a date is refused: Drools parses dates leniently, so that {@code 32-Jan-2025} is the first
   * of February and {@code 1-Jan-25} the year 25. A date must parse strictly, whole, in Drools'
   * format, with a year of four digits.
   */
  private static Message dateProblem(String value) {
    String mask = DateUtils.getDateFormatMask();
    for (Locale locale : List.of(droolsLocale(), Locale.UK)) {
      SimpleDateFormat format = new SimpleDateFormat(mask, new DateFormatSymbols(locale));
      format.setLenient(false);
      ParsePosition at = new ParsePosition(0);
      Date date = format.parse(value, at);
      if (date != null && at.getIndex() == value.length()) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        if (c.get(Calendar.YEAR) >= 1000 && c.get(Calendar.YEAR) <= 9999) {
          return null;
        }
      }
    }
    Object reading;
    try {
      reading =
          ProblemText.of("attribute.dateReading", DateUtils.format(DateUtils.parseDate(value)));
    } catch (RuntimeException e) {
      reading = "";
    }
    return ProblemText.of(
        "attribute.date",
        mask,
        DateUtils.format(new GregorianCalendar(2025, Calendar.JANUARY, 1).getTime()),
        reading);
  }

  /** The locale Drools reads dates in: its system properties, else the JVM's default. */
  private static Locale droolsLocale() {
    Locale defaults = Locale.getDefault();
    return new Locale(
        System.getProperty("drools.defaultlanguage", defaults.getLanguage()),
        System.getProperty("drools.defaultcountry", defaults.getCountry()));
  }
}
