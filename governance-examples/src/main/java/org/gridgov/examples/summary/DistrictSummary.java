package org.gridgov.examples.summary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetKind;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.text.Texts;

/**
 * The make-up of a district: its streets and towns, and the communities, villages and other
 * village-level units of each, counted by the kind their codes tell.
 *
 * @param district the district's name and code, such as {@code 晋安区 (350111)}
 * @param streets one line per street, in the territory's order
 * @param streetKinds how many streets of each kind
 * @param communityKinds how many village-level units of each kind in the whole district
 * @param grids how many grids the territory has
 */
public record DistrictSummary(
    String district,
    List<StreetLine> streets,
    Map<StreetKind, Integer> streetKinds,
    Map<CommunityKind, Integer> communityKinds,
    int grids) {

  /**
   * One street's line.
   *
   * @param code its code
   * @param name its name
   * @param kind street, town, township or other
   * @param units how many village-level units of each kind it has
   * @param grids how many grids it has
   */
  public record StreetLine(
      String code, String name, StreetKind kind, Map<CommunityKind, Integer> units, int grids) {
    /** Copies the counts. */
    public StreetLine {
      units = Map.copyOf(units);
    }

    /**
     * All its village-level units.
     *
     * @return the sum over kinds
     */
    public int total() {
      return units.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Copies the collections. */
  public DistrictSummary {
    Objects.requireNonNull(district, "district");
    streets = List.copyOf(streets);
    streetKinds = Map.copyOf(streetKinds);
    communityKinds = Map.copyOf(communityKinds);
  }

  /**
   * Summarises a territory.
   *
   * @param territory the district
   * @return its summary
   */
  public static DistrictSummary of(Territory territory) {
    Map<StreetKind, Integer> streetKinds = new EnumMap<>(StreetKind.class);
    Map<CommunityKind, Integer> total = new EnumMap<>(CommunityKind.class);
    List<StreetLine> lines =
        territory.streets().stream()
            .map(
                s -> {
                  streetKinds.merge(s.kind(), 1, Integer::sum);
                  Map<CommunityKind, Integer> units = new EnumMap<>(CommunityKind.class);
                  for (Community c : territory.communitiesOf(s.code())) {
                    units.merge(c.kind(), 1, Integer::sum);
                    total.merge(c.kind(), 1, Integer::sum);
                  }
                  return line(s, units, territory.gridsOf(s.code()).size());
                })
            .toList();
    return new DistrictSummary(
        territory.district().name() + " (" + territory.district().code() + ")",
        lines,
        streetKinds,
        total,
        territory.grids().size());
  }

  private static StreetLine line(Street s, Map<CommunityKind, Integer> units, int grids) {
    return new StreetLine(s.code().value(), s.name(), s.kind(), units, grids);
  }

  /**
   * The summary as a table for a terminal. Chinese names are padded by their display width, two
   * columns per character, so that the columns line up.
   *
   * @return lines of text, ending with a line break
   */
  public String render() {
    return render(Texts.in(java.util.Locale.ENGLISH));
  }

  /**
   * The summary as a table for a terminal, in a language.
   *
   * @param texts the reader's language
   * @return lines of text, ending with a line break
   */
  public String render(Texts texts) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append(district).append(nl);
    sb.append(
            texts.get(
                "summary.streets",
                streets.size(),
                count(streetKinds, StreetKind.SUBDISTRICT),
                count(streetKinds, StreetKind.TOWN),
                count(streetKinds, StreetKind.TOWNSHIP),
                count(streetKinds, StreetKind.OTHER)))
        .append(nl);
    sb.append(
            texts.get(
                "summary.units",
                communityKinds.values().stream().mapToInt(Integer::intValue).sum(),
                count(communityKinds, CommunityKind.COMMUNITY),
                count(communityKinds, CommunityKind.VILLAGE),
                count(communityKinds, CommunityKind.OTHER)))
        .append(nl);
    sb.append(texts.get("summary.grids", grids)).append(nl).append(nl);
    int nameWidth = width(texts.get("summary.column.name"));
    for (StreetLine s : streets) {
      nameWidth = Math.max(nameWidth, width(s.name()));
    }
    sb.append(pad(texts.get("summary.column.code"), 9))
        .append("  ")
        .append(pad(texts.get("summary.column.name"), nameWidth))
        .append("  ")
        .append(pad(texts.get("summary.column.kind"), 11))
        .append(' ')
        .append(right(texts.get("summary.column.communities"), 11))
        .append(' ')
        .append(right(texts.get("summary.column.villages"), 8))
        .append(' ')
        .append(right(texts.get("summary.column.other"), 5))
        .append(' ')
        .append(right(texts.get("summary.column.grids"), 5))
        .append(nl);
    for (StreetLine s : streets) {
      sb.append(String.format("%-9s  ", s.code()))
          .append(pad(s.name(), nameWidth))
          .append("  ")
          .append(
              pad(
                  texts.chinese()
                      ? texts.get("summary.kind." + s.kind().name())
                      : s.kind().name().toLowerCase(java.util.Locale.ROOT),
                  11))
          .append(
              String.format(
                  " %11d %8d %5d %5d",
                  count(s.units(), CommunityKind.COMMUNITY),
                  count(s.units(), CommunityKind.VILLAGE),
                  count(s.units(), CommunityKind.OTHER),
                  s.grids()))
          .append(nl);
    }
    return sb.toString();
  }

  /** Text right-aligned to a display width. */
  private static String right(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }

  /**
   * Pads text to a display width, counting East Asian wide characters as two columns.
   *
   * @param text the text
   * @param width the width in terminal columns
   * @return the text followed by spaces up to the width
   */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /**
   * The display width of text in a terminal: two columns for each CJK character.
   *
   * @param text the text
   * @return its width in terminal columns
   */
  public static int width(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static <K> int count(Map<K, Integer> counts, K key) {
    return counts.getOrDefault(key, 0);
  }
}
