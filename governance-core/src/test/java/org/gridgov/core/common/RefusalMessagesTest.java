package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's refusals are keyed: they stay the exceptions callers catch, read as before in
 * English and read in Chinese too, and every term and refusal key the sources name is in the bundle
 * in both languages.
 */
class RefusalMessagesTest {

  private static final Path MAIN = Path.of("src/main/java/org/gridgov/core");
  private static final Messages CORE = Messages.of(Messages.CORE);

  /** A term named at a call site: {@code term("streetCode")} or {@code Checks.term(...)}. */
  private static final Pattern TERM = Pattern.compile("\\bterm\\(\\s*\"([^\"]+)\"");

  /**
   * A key of core's bundle named at a call site: a keyed refusal, a work order's refusal or any
   * message of {@link Messages#CORE}; a key made of a prefix and a name ends with a dot and is left
   * to the tests of the names.
   */
  private static final Pattern REFUSAL =
      Pattern.compile(
          "(?:(?:ValueRefusedException|StepRefusedException)\\.of|\\brefusal|Messages\\.CORE,)"
              + "\\(?\\s*\"([^\"]*[^.\"])\"");

  /** A check of {@link Checks} that names its value in English words only. */
  private static final Pattern ENGLISH_WHAT =
      Pattern.compile("Checks\\.(?:identifier|digits|text|name|count|ratio)\\([^;]*?,\\s*\"");

  @Test
  void aRefusedValueIsStillAnIllegalArgumentWithTodaysEnglishMessage() {
    assertThatThrownBy(() -> Checks.digits("35011100", 9, Checks.term("streetCode")))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(ValueRefusedException.class)
        .hasMessage("a street code has 9 digits, got 8 digits, \"35011100\"");
  }

  @Test
  void aRefusedValueReadsInChineseWithTheOffendingValue() {
    ValueRefusedException e =
        catchRefusal(() -> Checks.digits("35011100", 9, Checks.term("streetCode")));

    assertThat(e.describe(Messages.CHINESE)).isEqualTo("街道代码应为 9 位数字，实为 8 位数字 \"35011100\"");
    assertThat(e.describe(Locale.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void aRefusedStepIsStillAnIllegalStateWithItsEnglishMessage() {
    StepRefusedException e = StepRefusedException.of("check.blank", Checks.term("gridName"));

    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a grid name must not be blank");
    assertThat(e.describe(Messages.CHINESE)).isEqualTo("网格名称不能为空");
  }

  @Test
  void aWhatGivenInWordsReadsTheSameInEveryLanguage() {
    ValueRefusedException e = catchRefusal(() -> Checks.identifier("a b", "a station id"));

    assertThat(e.getMessage()).startsWith("a station id has 1 to 64 letters");
    assertThat(e.describe(Messages.CHINESE)).startsWith("a station id应由 1 至 64 个字母");
  }

  @Test
  void aPlainRefusalKeepsItsEnglishTextAsTheMessage() {
    assertThat(Refused.textOf(new IllegalArgumentException("plain")).render(Messages.CHINESE))
        .isEqualTo("plain");
    assertThat(Refused.textOf(new IllegalArgumentException()).render(Locale.ENGLISH))
        .isEqualTo("IllegalArgumentException");
    assertThat(Refused.textOf(ValueRefusedException.of("check.blank", Checks.term("gridName"))))
        .isEqualTo(Message.of(Messages.CORE, "check.blank", Checks.term("gridName")));
  }

  @Test
  void everyTermTheSourcesNameHasAnEnglishAndAChineseName() throws IOException {
    Set<String> terms = namedInSources(TERM);
    assertThat(terms).as("terms found in the sources").hasSizeGreaterThan(50);
    List<String> missing = new ArrayList<>();
    for (String term : terms) {
      missing.addAll(missingIn("term." + term));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyRefusalKeyTheSourcesNameHasAnEnglishAndAChinesePattern() throws IOException {
    Set<String> keys = namedInSources(REFUSAL);
    assertThat(keys).as("keys found in the sources").hasSizeGreaterThan(150);
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      missing.addAll(missingIn(key));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noCheckOfTheDomainNamesItsValueInEnglishWordsOnly() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : sources()) {
      Matcher m = ENGLISH_WHAT.matcher(Files.readString(file));
      while (m.find()) {
        found.add(MAIN.relativize(file) + ": " + m.group());
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckOfTermsFindsATermWithoutAChineseName() {
    assertThat(missingIn("term.noSuchTerm")).containsExactly("term.noSuchTerm has no English text");
    assertThat(missingIn("term.streetCode")).isEmpty();
  }

  /** Why a key is not ready for readers: missing in English, or without Chinese of its own. */
  private static List<String> missingIn(String key) {
    if (!CORE.keys(Locale.ROOT).contains(key)) {
      return List.of(key + " has no English text");
    }
    Format[] formats =
        new MessageFormat(
                ResourceBundle.getBundle(
                        Messages.CORE,
                        Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key))
            .getFormatsByArgumentIndex();
    Object[] arguments = new Object[formats.length];
    for (int i = 0; i < formats.length; i++) {
      arguments[i] = formats[i] instanceof NumberFormat ? (Object) 7 : "x";
    }
    String english = CORE.format(Locale.ENGLISH, key, arguments);
    String chinese = CORE.format(Messages.CHINESE, key, arguments);
    boolean han =
        chinese
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return chinese.equals(english) || !han ? List.of(key + " has no Chinese text") : List.of();
  }

  private static Set<String> namedInSources(Pattern pattern) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file : sources()) {
      Matcher m = pattern.matcher(Files.readString(file));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static ValueRefusedException catchRefusal(Runnable check) {
    try {
      check.run();
    } catch (ValueRefusedException e) {
      return e;
    }
    throw new AssertionError("the check did not refuse");
  }
}
