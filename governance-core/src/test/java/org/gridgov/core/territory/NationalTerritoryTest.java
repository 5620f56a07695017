package org.gridgov.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.territory.NationalTerritory.CommunityView;
import org.gridgov.core.territory.NationalTerritory.DistrictView;
import org.gridgov.core.territory.NationalTerritory.GridView;
import org.gridgov.core.territory.NationalTerritory.StreetView;
import org.junit.jupiter.api.Test;

class NationalTerritoryTest {

  /** Two districts, three streets, five communities, added out of code order. */
  private static NationalTerritory.Builder sample() {
    return NationalTerritory.builder()
        .add(CommunityCode.of("350111100201"), "某村")
        .add(CommunityCode.of("110101001001"), "多福巷社区居委会")
        .add(CommunityCode.of("350111001003"), "站东社区委员会")
        .add(CommunityCode.of("350111001001"), "站前社区委员会")
        .add(CommunityCode.of("110101001002"), "银闸社区居委会");
  }

  @Test
  void looksUpACommunityWithItsStreetAndDistrict() {
    NationalTerritory t = sample().build();

    CommunityView zhanqian = t.community("350111001001").orElseThrow();

    assertThat(zhanqian.toCommunity())
        .isEqualTo(new Community(CommunityCode.of("350111001001"), "站前社区委员会"));
    assertThat(zhanqian.kind()).isEqualTo(CommunityKind.COMMUNITY);
    assertThat(zhanqian.street().code()).isEqualTo(StreetCode.of("350111001"));
    assertThat(zhanqian.street().kind()).isEqualTo(StreetKind.SUBDISTRICT);
    assertThat(zhanqian.district().code()).isEqualTo(DistrictCode.of("350111"));
    assertThat(t.community(CommunityCode.of("350111100201")).map(CommunityView::kind))
        .contains(CommunityKind.VILLAGE);
  }

  @Test
  void looksUpAGridAsItsCommunitysCodeAndASerial() {
    NationalTerritory t = sample().build(3);
    CommunityCode zhanqian = CommunityCode.of("350111001001");

    GridView third = t.grid(zhanqian.grid(3)).orElseThrow();

    assertThat(third.code()).isEqualTo(zhanqian.grid(3));
    assertThat(third.serial()).isEqualTo(3);
    assertThat(third.community().code()).isEqualTo(zhanqian);
    assertThat(third.street().code()).isEqualTo(StreetCode.of("350111001"));
    assertThat(third.district().code()).isEqualTo(DistrictCode.of("350111"));
    assertThat(third.toGrid())
        .isEqualTo(new Grid(zhanqian.grid(3), "站前社区委员会第3网格", GridType.BASIC, 0));
    assertThat(t.grid(zhanqian.grid(4))).isEmpty();
    assertThat(t.grid("350111001001000")).isEmpty();
    assertThat(t.grid(CommunityCode.of("350111001002").grid(1))).isEmpty();
  }

  @Test
  void findsNothingForCodesItDoesNotHold() {
    NationalTerritory t = sample().build();

    assertThat(t.district("350112")).isEmpty();
    assertThat(t.street("350111002")).isEmpty();
    assertThat(t.street(StreetCode.of("350112001"))).isEmpty();
    assertThat(t.community("350111001002")).isEmpty();
    assertThat(t.community("350111002001")).isEmpty();
    assertThat(t.community("999999999999")).isEmpty();
  }

  @Test
  void refusesMalformedCodesWithTheMessageOfTheirValueType() {
    NationalTerritory t = sample().build();

    assertThatThrownBy(() -> t.community("35011100100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a community code has 12 digits, got 11 digits, \"35011100100\"");
    assertThatThrownBy(() -> t.street("35011100a"))
        .hasMessage("a street code has 9 digits, got \"35011100a\"");
    assertThatThrownBy(() -> t.grid("350111001001-01"))
        .hasMessage("a grid code has 15 digits, got \"350111001001-01\"");
    assertThatThrownBy(() -> t.district("")).hasMessage("a district code has 6 digits, got \"\"");
  }

  @Test
  void listsDistrictsStreetsCommunitiesAndGridsInCodeOrder() {
    NationalTerritory t = sample().build(2);

    assertThat(t.districts())
        .extracting(DistrictView::toString)
        .containsExactly("110101", "350111");
    assertThat(t.streets())
        .extracting(StreetView::toString)
        .containsExactly("110101001", "350111001", "350111100");
    assertThat(t.communities())
        .extracting(c -> c.code().value())
        .containsExactly(
            "110101001001", "110101001002", "350111001001", "350111001003", "350111100201");
    assertThat(t.grids()).hasSize(10);
    assertThat(t.grids().get(9).code().value()).isEqualTo("350111100201002");
    assertThat(List.of(t.districtCount(), t.streetCount(), t.communityCount(), t.gridCount()))
        .containsExactly(2, 3, 5, 10);
  }

  @Test
  void listsTheUnitsOfADistrictAndOfAStreet() {
    NationalTerritory t = sample().build(2);
    DistrictView jinan = t.district(DistrictCode.of("350111")).orElseThrow();
    StreetView chayuan = t.street("350111001").orElseThrow();

    assertThat(jinan.streets())
        .extracting(StreetView::toString)
        .containsExactly("350111001", "350111100");
    assertThat(jinan.communities())
        .extracting(CommunityView::name)
        .containsExactly("站前社区委员会", "站东社区委员会", "某村");
    assertThat(jinan.grids()).hasSize(6);
    assertThat(chayuan.communities())
        .extracting(CommunityView::name)
        .containsExactly("站前社区委员会", "站东社区委员会");
    assertThat(chayuan.grids())
        .extracting(GridView::toString)
        .containsExactly(
            "350111001001001", "350111001001002", "350111001003001", "350111001003002");
    assertThat(chayuan.district()).isEqualTo(jinan);
    assertThat(t.community("350111001003").orElseThrow().grids())
        .extracting(GridView::serial)
        .containsExactly(1, 2);
  }

  @Test
  void findsEachOfTheHundredsOfCommunitiesOfOneStreet() {
    NationalTerritory.Builder builder = NationalTerritory.builder();
    for (int serial = 999; serial >= 0; serial -= 3) {
      builder.add(CommunityCode.of(String.format("350111100%03d", serial)), "村" + serial);
    }
    NationalTerritory t = builder.build(1);

    for (int serial = 0; serial <= 999; serial++) {
      String code = String.format("350111100%03d", serial);
      assertThat(t.community(code).map(CommunityView::name))
          .as(code)
          .isEqualTo(
              serial % 3 == 0 ? java.util.Optional.of("村" + serial) : java.util.Optional.empty());
    }
    assertThat(t.street("350111100").orElseThrow().communities()).hasSize(334);
  }

  @Test
  void givesEveryUnitItsPositionInCodeOrder() {
    NationalTerritory t = sample().build(2);

    assertThat(t.community("350111001003").orElseThrow().index()).isEqualTo(3);
    assertThat(t.grid("350111001003002").orElseThrow().index()).isEqualTo(7);
    assertThat(t.street("350111100").orElseThrow().index()).isEqualTo(2);
    assertThat(t.district("350111").orElseThrow().index()).isEqualTo(1);
  }

  @Test
  void looksUpPositionsWithoutViewsAndViewsByPosition() {
    NationalTerritory t = sample().build(2);

    assertThat(t.gridPosition("350111001003002")).isEqualTo(7);
    assertThat(t.gridAt(7).code().value()).isEqualTo("350111001003002");
    assertThat(t.gridAt(7).community().name()).isEqualTo("站东社区委员会");
    assertThat(t.communityPosition("350111100201")).isEqualTo(4);
    assertThat(t.communityAt(4).street()).isEqualTo(t.streetAt(t.streetPosition("350111100")));
    assertThat(t.districtAt(t.districtPosition("110101")).toString()).isEqualTo("110101");
    assertThat(t.gridPosition("350111001003003")).isEqualTo(-1);
    assertThat(t.communityPosition("350111001002")).isEqualTo(-1);
    assertThat(t.streetPosition("350111002")).isEqualTo(-1);
    assertThat(t.districtPosition("350112")).isEqualTo(-1);
    assertThatThrownBy(() -> t.gridAt(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.communityAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void changesTheGridsOfEveryCommunityWithoutCopyingTheIndex() {
    NationalTerritory five = sample().build();
    NationalTerritory one = five.withGridsPerCommunity(1);

    assertThat(five.gridsPerCommunity()).isEqualTo(NationalTerritory.DEFAULT_GRIDS_PER_COMMUNITY);
    assertThat(five.grid("350111001001005")).isPresent();
    assertThat(one.grid("350111001001005")).isEmpty();
    assertThat(one.grid("350111001001001")).isPresent();
    assertThat(one.footprint()).isEqualTo(five.footprint());
    assertThatThrownBy(() -> five.withGridsPerCommunity(1000))
        .hasMessage("a community has 1 to 999 grids, got 1000");
    assertThatThrownBy(() -> five.withGridsPerCommunity(0))
        .hasMessage("a community has 1 to 999 grids, got 0");
  }

  @Test
  void refusesACodeAddedTwiceInCodeOrderAndKeepsWhatWasAdded() {
    NationalTerritory.Builder builder =
        NationalTerritory.builder().add(CommunityCode.of("350111001001"), "站前社区委员会");

    assertThatThrownBy(() -> builder.add(CommunityCode.of("350111001001"), "又一个"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("community 350111001001 is added twice");
    assertThat(builder.size()).isEqualTo(1);
    assertThat(builder.build().community("350111001001").orElseThrow().name()).isEqualTo("站前社区委员会");
  }

  @Test
  void refusesACodeAddedTwiceOutOfCodeOrder() {
    NationalTerritory.Builder builder = sample();

    assertThatThrownBy(() -> builder.add(CommunityCode.of("350111001003"), "又一个"))
        .hasMessage("community 350111001003 is added twice");
    assertThat(builder.positionOf(CommunityCode.of("350111001003"))).isEqualTo(2);
    assertThat(builder.positionOf(CommunityCode.of("350111001009"))).isEqualTo(-1);
    assertThat(builder.build().communityCount()).isEqualTo(5);
  }

  @Test
  void refusesABlankNameOrACodeOutsideTwelveDigits() {
    NationalTerritory.Builder builder = NationalTerritory.builder();

    assertThatThrownBy(() -> builder.add(CommunityCode.of("350111001001"), " "))
        .hasMessage("the name of community 350111001001 must not be blank");
    assertThatThrownBy(() -> builder.add(1_000_000_000_000L, "站前"))
        .hasMessage("a community code has 12 digits, got the number 1000000000000");
    assertThat(builder.size()).isZero();
  }

  @Test
  void keepsCodesWithLeadingZerosAndSerialZero() {
    NationalTerritory t =
        NationalTerritory.builder()
            .add(CommunityCode.of("010101001001"), "零区社区")
            .add(CommunityCode.of("350527000000"), "金门县")
            .build();

    assertThat(t.community("010101001001").orElseThrow().district().code().value())
        .isEqualTo("010101");
    assertThat(t.community("350527000000").orElseThrow().street().kind())
        .isEqualTo(StreetKind.OTHER);
    assertThat(t.grid("350527000000001").orElseThrow().community().name()).isEqualTo("金门县");
  }

  @Test
  void anEmptyIndexHoldsNothing() {
    NationalTerritory t = NationalTerritory.builder().build();

    assertThat(t.communities()).isEmpty();
    assertThat(t.grids()).isEmpty();
    assertThat(t.community("350111001001")).isEmpty();
    assertThat(t).hasToString("NationalTerritory[0 districts, 0 streets, 0 communities, 0 grids]");
  }
}
