package org.gridgov.core.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text before it leaves the library: in {@code toString()}, exception
 * messages, logs and exports. Residents write phone and ID numbers into the summaries of their
 * demands and the reasons of their ratings; this finds them wherever they stand in such free text
 * and keeps only a few characters, the way {@code PhoneNumber}, {@code IdNumber} and {@code
 * PersonName} of {@code org.gridgov.core.people} mask themselves.
 *
 * <p>{@link #text(String)} masks, in this order, each one only where no other digit touches it:
 *
 * <ul>
 *   <li>an ID number of eighteen characters, seventeen digits and a digit or {@code X}: {@code
 *       350111199001011234} → {@code 350***********1234};
 *   <li>an old ID number of fifteen digits: {@code 350111900101123} → {@code 350********0123}; a
 *       grid code, also fifteen digits, is masked too when it stands in free text, which costs a
 *       reader little;
 *   <li>a mobile number, {@code 1[3-9]} and nine digits, optionally after {@code +86} and with
 *       single spaces or hyphens after the third and seventh digits: {@code 138-1234-5678} → {@code
 *       138-****-5678};
 *   <li>a landline with its area code, {@code 0} and two or three digits, an optional space or
 *       hyphen, and seven or eight digits starting 2 to 9: {@code 0591-83251234} → {@code
 *       0591-****1234}.
 * </ul>
 *
 * A local number written without its area code is not recognised: seven or eight digits alone are
 * as likely a date or a count. Nor are the digits after the point of a decimal number. Masking is
 * idempotent: masked text has no run of digits long enough to be masked again.
 *
 * <p>All methods are static, stateless and thread-safe.
 */
public final class PersonalDataMask {

  /** The character that replaces a masked character. */
  public static final char MASK = '*';

  /** Not after a digit, nor after the point of a decimal number such as 0.8819823603527931. */
  private static final String START = "(?<![0-9])(?<![0-9]\\.)";

  private static final Pattern ID18 = Pattern.compile(START + "[0-9]{17}[0-9Xx](?![0-9])");
  private static final Pattern ID15 = Pattern.compile(START + "[0-9]{15}(?![0-9])");
  private static final Pattern MOBILE =
      Pattern.compile(
          START + "(?<!\\+)(?:\\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");
  private static final Pattern LANDLINE =
      Pattern.compile(START + "0[0-9]{2,3}[ -]?[2-9][0-9]{6,7}(?![0-9])");

  /** The fewest digits of anything masked: a landline of a three-digit area code. */
  private static final int SHORTEST = 10;

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
          "西门", "独孤", "南宫", "轩辕", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人");

  private PersonalDataMask() {}

  /**
   * Masks every phone and ID number in free text.
   *
   * @param text any text, may be null
   * @return the text with each number masked; null for null
   */
  public static String text(String text) {
    if (text == null || !hasDigitRun(text)) {
      return text;
    }
    String masked = replace(text, ID18, PersonalDataMask::maskId);
    masked = replace(masked, ID15, PersonalDataMask::maskId);
    masked = replace(masked, MOBILE, PersonalDataMask::maskMobile);
    return replace(masked, LANDLINE, PersonalDataMask::maskLandline);
  }

  /**
   * A masker for the free text of a writer that knows the people it may name: it masks the full
   * name of each of them wherever it stands, as {@link #name(String)} masks a name, then every
   * phone and ID number as {@link #text(String)} does. Residents write their neighbours' and grid
   * workers' names into their demands and ratings; a name nobody told the writer about is not
   * recognised. Names of fewer than two characters are left alone, as a single character is too
   * often part of other words; where names overlap, the longer one is masked. A word that happens
   * to be someone's full name is masked too, which costs a reader little.
   *
   * @param names the full names, as written; blank ones are left out
   * @return the masker, immutable and thread-safe
   */
  public static UnaryOperator<String> names(Collection<String> names) {
    Map<String, String> masked = new HashMap<>();
    Set<Character> firsts = new HashSet<>();
    TreeSet<Integer> lengths = new TreeSet<>(Comparator.reverseOrder());
    for (String name : names) {
      String n = name == null ? "" : name.strip();
      if (n.codePointCount(0, n.length()) >= 2) {
        masked.put(n, name(n));
        firsts.add(n.charAt(0));
        lengths.add(n.length());
      }
    }
    Map<String, String> byName = Map.copyOf(masked);
    Set<Character> starts = Set.copyOf(firsts);
    List<Integer> longestFirst = List.copyOf(lengths);
    return text -> {
      if (text == null || byName.isEmpty()) {
        return text;
      }
      StringBuilder sb = null;
      int i = 0;
      int copied = 0;
      while (i < text.length()) {
        String found =
            starts.contains(text.charAt(i)) ? nameAt(text, i, byName, longestFirst) : null;
        if (found == null) {
          i++;
          continue;
        }
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, copied, i).append(byName.get(found));
        i += found.length();
        copied = i;
      }
      return sb == null ? text : sb.append(text, copied, text.length()).toString();
    };
  }

  /** The longest known name that starts at {@code i}, or null. */
  private static String nameAt(
      String text, int i, Map<String, String> names, List<Integer> longestFirst) {
    for (int length : longestFirst) {
      if (i + length <= text.length()) {
        String candidate = text.substring(i, i + length);
        if (names.containsKey(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * What phone or ID number a value that names something, such as an id, holds, if any: a mobile
   * number or a landline with its area code anywhere in it, as {@link #text(String)} finds them; an
   * ID number of eighteen characters whose seventh to fourteenth digits are a birth date from 1900
   * to 2099; or, as the whole value, an old ID number of fifteen digits. Stricter than {@link
   * #text(String)} about ID numbers, so that an eighteen-digit database key, or a grid code within
   * an id such as {@code resident-350111001001001}, is not taken for one.
   *
   * @param value the value, not null
   * @return such as {@code "a mobile number"}; empty if the value holds none
   */
  public static Optional<String> numberIn(String value) {
    Objects.requireNonNull(value, "a value to look at is required");
    if (!hasDigitRun(value)) {
      return Optional.empty();
    }
    if (MOBILE.matcher(value).find()) {
      return Optional.of("a mobile number");
    }
    if (LANDLINE.matcher(value).find()) {
      return Optional.of("a landline number");
    }
    Matcher id = ID18.matcher(value);
    while (id.find()) {
      if (isBirthDate(id.group().substring(6, 14))) {
        return Optional.of("an ID number");
      }
    }
    return ID15.matcher(value).matches() ? Optional.of("an old ID number") : Optional.empty();
  }

  /** Whether eight digits are a date from 1900 to 2099, written yyyyMMdd. */
  private static boolean isBirthDate(String digits) {
    int year = Integer.parseInt(digits.substring(0, 4));
    int month = Integer.parseInt(digits.substring(4, 6));
    int day = Integer.parseInt(digits.substring(6, 8));
    return year >= 1900
        && year <= 2099
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  /**
   * Masks a person's name: the surname is kept and every other character becomes {@code *}. A
   * compound surname such as 欧阳 is kept whole when the name has at least one more character;
   * otherwise the first character is kept; a one-character name is masked whole. Characters are
   * counted as code points.
   *
   * @param name the name, not null
   * @return such as 张* or 欧阳**
   */
  public static String name(String name) {
    Objects.requireNonNull(name, "a name to mask is required");
    int length = name.codePointCount(0, name.length());
    int kept =
        length > 2 && COMPOUND_SURNAMES.contains(name.substring(0, name.offsetByCodePoints(0, 2)))
            ? 2
            : length > 1 ? 1 : 0;
    return name.substring(0, name.offsetByCodePoints(0, kept))
        + String.valueOf(MASK).repeat(length - kept);
  }

  /**
   * The text of a record as the default {@code toString()} of a record writes it, {@code Name[a=1,
   * b=x]}, with every text component, and every optional text component, masked by {@link
   * #text(String)}. Other components are written by their own {@code toString()}, which the
   * domain's personal data types already mask. Records that carry free text call this from their
   * {@code toString()}.
   *
   * @param record a public record, not null
   * @return the masked text
   */
  public static String describe(Record record) {
    Class<?> type = record.getClass();
    StringBuilder sb = new StringBuilder(type.getSimpleName()).append('[');
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(components[i].getName()).append('=').append(masked(read(record, components[i])));
    }
    return sb.append(']').toString();
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " to describe it", e);
    }
  }

  private static Object masked(Object value) {
    if (value instanceof String s) {
      return text(s);
    }
    if (value instanceof Optional<?> o && o.isPresent() && o.get() instanceof String s) {
      return Optional.of(text(s));
    }
    return value;
  }

  private static boolean hasDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= SHORTEST) {
          return true;
        }
      } else if (c != ' ' && c != '-') {
        run = 0;
      }
    }
    return false;
  }

  private interface Masker {
    String mask(String number);
  }

  private static String replace(String text, Pattern pattern, Masker masker) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    do {
      sb.append(text, last, m.start()).append(masker.mask(m.group()));
      last = m.end();
    } while (m.find());
    return sb.append(text, last, text.length()).toString();
  }

  /** Keeps the first three and the last four characters. */
  private static String maskId(String id) {
    return id.substring(0, 3)
        + String.valueOf(MASK).repeat(id.length() - 7)
        + id.substring(id.length() - 4);
  }

  /** Masks the fourth to seventh digits of the mobile number, after any +86. */
  private static String maskMobile(String number) {
    int start = number.indexOf('1', number.startsWith("+86") || number.startsWith("86") ? 2 : 0);
    return maskDigits(number, start, 3, 4);
  }

  /** Masks all but the last four digits of the local number, after the area code. */
  private static String maskLandline(String number) {
    int separator = Math.max(number.indexOf('-'), number.indexOf(' '));
    int areaLength =
        separator >= 0 ? separator : number.startsWith("010") || number.charAt(1) == '2' ? 3 : 4;
    int localStart = separator >= 0 ? separator + 1 : areaLength;
    return maskDigits(number, localStart, 0, number.length() - localStart - 4);
  }

  /** From a start index, skips {@code skip} digits, then masks {@code count} digits. */
  private static String maskDigits(String number, int start, int skip, int count) {
    char[] chars = number.toCharArray();
    int digit = 0;
    for (int i = start; i < chars.length && digit < skip + count; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        if (digit >= skip) {
          chars[i] = MASK;
        }
        digit++;
      }
    }
    return new String(chars);
  }
}
