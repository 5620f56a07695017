package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.io.HostileJson.Hostile;
import org.gridgov.core.io.HostileJson.Place;

/**
 * Hostile working calendars in the shape of the shipped {@code cn-calendar.json}: each is refused
 * with a {@link JsonLoadException} naming where it goes wrong, and nothing else is thrown; the
 * shipped table reads the same after each refusal.
 */
class WorkingCalendarJsonBadInputProperties {

  private static final String SOURCE = "calendar.json";
  private static final byte[] CHINA = china();
  private static final HolidayTable LOADED = read(CHINA);
  private static final JsonNode TREE = HostileJson.tree(CHINA);
  private static final List<Place> PLACES = HostileJson.places(TREE);
  private static final List<Place> TEXTS = HostileJson.texts(PLACES);

  /** One year of a calendar, short enough to cut at every byte. */
  private static final byte[] SMALL =
      """
      {
        "source": "written for the tests",
        "holidays": {
          "2024-01-01": "元旦",
          "2024-02-10": "春节",
          "2024-10-01": "国庆节"
        },
        "workdays": {
          "2024-02-04": "春节",
          "2024-10-12": "国庆节"
        }
      }
      """
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] china() {
    try (InputStream in =
        WorkingCalendarJson.class.getResourceAsStream(WorkingCalendarJson.CHINA_RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HolidayTable read(byte[] bytes) {
    return WorkingCalendarJson.read(new ByteArrayInputStream(bytes), SOURCE);
  }

  private static final HolidayTable SMALL_LOADED = read(SMALL);

  /**
   * The refusal of a calendar, after which a valid one reads as before: the small calendar after a
   * change to it, the shipped one after a change to the shipped one.
   */
  private static JsonLoadException refusal(Hostile hostile) {
    JsonLoadException e =
        HostileJson.refusal(WorkingCalendarJsonBadInputProperties::read, hostile, SOURCE);
    if (hostile.bytes().length < SMALL.length * 2) {
      assertThat(read(SMALL)).isEqualTo(SMALL_LOADED);
    } else {
      assertThat(read(CHINA)).isEqualTo(LOADED);
    }
    return e;
  }

  /** The refusal of a calendar that is not well-formed: one problem, on a line of the text. */
  private static void refusedAsMalformed(Hostile hostile) {
    HostileJson.notWellFormed(refusal(hostile), hostile);
  }

  @Provide
  Arbitrary<Hostile> everyCut() {
    return HostileJson.truncations(SMALL);
  }

  @Property(tries = 1_000, generation = GenerationMode.EXHAUSTIVE)
  void aCalendarCutOffAtAnyByteIsRefusedAtTheLineWhereItBreaksOff(@ForAll("everyCut") Hostile cut) {
    refusedAsMalformed(cut);
  }

  @Provide
  Arbitrary<Hostile> malformed() {
    return HostileJson.malformed(CHINA, TREE, PLACES);
  }

  @Property(tries = 150)
  void theShippedCalendarSpoiledIsRefusedAtItsLine(@ForAll("malformed") Hostile hostile) {
    refusedAsMalformed(hostile);
  }

  @Provide
  Arbitrary<Hostile> wrongValues() {
    return Arbitraries.oneOf(
        HostileJson.wrongValues(TREE, PLACES, TEXTS),
        HostileJson.hugeNames(TREE, PLACES),
        badDates(),
        blankNames());
  }

  @Property(tries = 150)
  void aWrongValueIsRefusedAtItsPath(@ForAll("wrongValues") Hostile hostile) {
    HostileJson.assertNamesThePlace(refusal(hostile), hostile);
  }

  /** A date that is not a date, or not in the form yyyy-MM-dd, as the key of a festival. */
  private static Arbitrary<Hostile> badDates() {
    return Combinators.combine(
            Arbitraries.of("holidays", "workdays"),
            Arbitraries.of(
                "2023-02-29",
                "2024-13-01",
                "2024-00-10",
                "2024-04-31",
                "2024-1-1",
                "24-01-01",
                "2024/01/01",
                "2024-01-01T00:00",
                "２０２４-０１-０１",
                "+2024-01-01",
                "",
                "元旦"))
        .as(
            (list, date) -> {
              ObjectNode tree = TREE.deepCopy();
              ((ObjectNode) tree.get(list)).put(date, "元旦");
              return new Hostile(
                  "the date " + date, "$." + list + "['" + date + "']", HostileJson.pretty(tree));
            });
  }

  private static Arbitrary<Hostile> blankNames() {
    return Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.of("", " ", "\t", "\u3000", "\n"))
        .as(
            (place, blank) ->
                new Hostile(
                    "a blank name",
                    place.path(),
                    HostileJson.replaced(TREE, place, HostileJson.quoted(blank))));
  }

  /**
   * Tables that break a rule of {@link HolidayTable}: a working Saturday on a weekday, a date both
   * a holiday and a working day, a year without holidays, no holidays at all.
   */
  @Provide
  Arbitrary<Hostile> brokenRules() {
    return Arbitraries.of(
            "2024-03-04 is a Monday",
            "2024-02-04 also a holiday",
            "2015 has no holidays",
            "no holidays at all",
            "no workdays list")
        .map(
            kind -> {
              ObjectNode tree = TREE.deepCopy();
              ObjectNode holidays = (ObjectNode) tree.get("holidays");
              ObjectNode workdays = (ObjectNode) tree.get("workdays");
              switch (kind) {
                case "2024-03-04 is a Monday" -> workdays.put("2024-03-04", "春节");
                case "2024-02-04 also a holiday" -> holidays.put("2024-02-04", "春节");
                case "2015 has no holidays" ->
                    holidays.properties().removeIf(d -> d.getKey().startsWith("2015-"));
                case "no holidays at all" -> {
                  holidays.removeAll();
                  workdays.removeAll();
                }
                default -> tree.remove("workdays");
              }
              return new Hostile(kind, "$", HostileJson.pretty(tree));
            });
  }

  @Property(tries = 5, generation = GenerationMode.EXHAUSTIVE)
  void aTableThatBreaksARuleIsRefusedAsAWhole(@ForAll("brokenRules") Hostile hostile) {
    JsonLoadException e = refusal(hostile);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$"));
  }
}
