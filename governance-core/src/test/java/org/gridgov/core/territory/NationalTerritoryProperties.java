package org.gridgov.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.core.territory.NationalTerritory.CommunityView;
import org.gridgov.core.territory.NationalTerritory.GridView;

class NationalTerritoryProperties {

  @Property(tries = 100)
  void everyCodeRoundTripsThroughLookup(
      @ForAll("communities") Map<String, String> communities,
      @ForAll @IntRange(min = 1, max = 12) int grids) {
    NationalTerritory t = build(communities, grids);

    for (Map.Entry<String, String> e : communities.entrySet()) {
      String code = e.getKey();
      CommunityView community = t.community(code).orElseThrow();
      assertThat(community.code().value()).isEqualTo(code);
      assertThat(community.name()).isEqualTo(e.getValue());
      assertThat(community.street().code().value()).isEqualTo(code.substring(0, 9));
      assertThat(community.district().code().value()).isEqualTo(code.substring(0, 6));
      assertThat(t.street(code.substring(0, 9)).orElseThrow()).isEqualTo(community.street());
      assertThat(t.district(code.substring(0, 6)).orElseThrow()).isEqualTo(community.district());
      assertThat(t.communityAt(t.communityPosition(code))).isEqualTo(community);
      for (int serial = 1; serial <= grids; serial++) {
        GridCode gridCode = CommunityCode.of(code).grid(serial);
        GridView grid = t.grid(gridCode).orElseThrow();
        assertThat(grid.code()).isEqualTo(gridCode);
        assertThat(grid.serial()).isEqualTo(serial);
        assertThat(grid.community()).isEqualTo(community);
        assertThat(t.gridPosition(gridCode.value())).isEqualTo(grid.index());
        assertThat(t.gridAt(grid.index())).isEqualTo(grid);
      }
      assertThat(t.grid(CommunityCode.of(code).grid(grids + 1))).isEmpty();
    }
  }

  @Property(tries = 100)
  void findsExactlyTheCodesAdded(
      @ForAll("communities") Map<String, String> communities,
      @ForAll("codes") List<String> probes) {
    NationalTerritory t = build(communities, 1);

    for (String probe : probes) {
      assertThat(t.community(probe).map(c -> c.code().value()))
          .as(probe)
          .isEqualTo(
              communities.containsKey(probe)
                  ? java.util.Optional.of(probe)
                  : java.util.Optional.empty());
      boolean streetKnown =
          communities.keySet().stream().anyMatch(c -> c.startsWith(probe.substring(0, 9)));
      assertThat(t.street(probe.substring(0, 9)))
          .as(probe)
          .matches(s -> s.isPresent() == streetKnown);
    }
  }

  @Property(tries = 100)
  void holdsEachUnitOnceInCodeOrderUnderItsParent(
      @ForAll("communities") Map<String, String> communities,
      @ForAll @IntRange(min = 1, max = 5) int grids) {
    NationalTerritory t = build(communities, grids);

    TreeSet<String> sorted = new TreeSet<>(communities.keySet());
    assertThat(t.communities()).extracting(c -> c.code().value()).containsExactlyElementsOf(sorted);
    assertThat(t.streets())
        .extracting(s -> s.code().value())
        .containsExactlyElementsOf(
            new TreeSet<>(sorted.stream().map(c -> c.substring(0, 9)).toList()));
    assertThat(t.gridCount()).isEqualTo(sorted.size() * grids);
    List<String> nested = new ArrayList<>();
    t.districts()
        .forEach(
            d ->
                d.streets()
                    .forEach(
                        s ->
                            s.communities()
                                .forEach(
                                    c -> {
                                      assertThat(c.street()).isEqualTo(s);
                                      assertThat(c.district()).isEqualTo(d);
                                      nested.add(c.code().value());
                                    })));
    assertThat(nested).containsExactlyElementsOf(sorted);
    for (int i = 0; i < t.gridCount(); i++) {
      assertThat(t.grids().get(i).index()).isEqualTo(i);
    }
  }

  private static NationalTerritory build(Map<String, String> communities, int grids) {
    NationalTerritory.Builder builder = NationalTerritory.builder();
    communities.forEach((code, name) -> builder.add(CommunityCode.of(code), name));
    return builder.build(grids);
  }

  /** Communities in a few districts and streets, so that parents are shared, in random order. */
  @Provide
  Arbitrary<Map<String, String>> communities() {
    Arbitrary<String> name =
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12);
    return codes()
        .flatMap(
            codes ->
                name.list()
                    .ofSize(codes.size())
                    .map(
                        names -> {
                          Map<String, String> byCode = new LinkedHashMap<>();
                          for (int i = 0; i < codes.size(); i++) {
                            byCode.putIfAbsent(codes.get(i), names.get(i));
                          }
                          return byCode;
                        }));
  }

  @Provide
  Arbitrary<List<String>> codes() {
    Arbitrary<String> district = Arbitraries.of("110101", "350111", "010203", "999999", "350527");
    Arbitrary<String> serial = Arbitraries.of("000", "001", "002", "100", "201", "999");
    return Combinators.combine(district, serial, serial)
        .as((d, s, c) -> d + s + c)
        .list()
        .ofMaxSize(60);
  }

  @Property(tries = 50)
  void agreesWithAHashMapOfTheSameCodes(@ForAll("communities") Map<String, String> communities) {
    NationalTerritory t = build(communities, 2);
    Map<String, String> gridNames = new HashMap<>();
    communities.forEach(
        (code, name) -> {
          gridNames.put(code + "001", name + "第1网格");
          gridNames.put(code + "002", name + "第2网格");
        });

    assertThat(t.grids()).hasSize(gridNames.size());
    t.grids().forEach(g -> assertThat(g.name()).isEqualTo(gridNames.get(g.code().value())));
  }
}
