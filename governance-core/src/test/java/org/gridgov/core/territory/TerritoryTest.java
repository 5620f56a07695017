package org.gridgov.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerritoryTest {

  private static final District JINAN = new District(DistrictCode.of("350111"), "晋安区");
  private static final Street CHAYUAN = new Street(StreetCode.of("350111001"), "茶园街道");
  private static final Street GUSHAN = new Street(StreetCode.of("350111100"), "鼓山镇");
  private static final Community ZHANQIAN =
      new Community(CommunityCode.of("350111001001"), "站前社区委员会");
  private static final Community VILLAGE = new Community(CommunityCode.of("350111100201"), "某村");
  private static final Grid GRID_1 =
      new Grid(ZHANQIAN.code().grid(1), "站前一网格", GridType.BASIC, 300);
  private static final Grid SCHOOL =
      new Grid(ZHANQIAN.code().grid(2), "站前学校网格", GridType.SCHOOL, 0);
  private static final Grid VILLAGE_GRID =
      new Grid(VILLAGE.code().grid(1), "村一网格", GridType.BASIC, 120);
  private static final Compound COMPOUND =
      Compound.of(CompoundId.of("C1"), "站前小区", GRID_1.code(), PropertyMode.NONE, true);
  private static final Building BUILDING =
      new Building(BuildingId.of("C1-B3"), COMPOUND.id(), "3号楼", 6, 24, false);

  private static Territory territory() {
    return Territory.builder(JINAN)
        .add(CHAYUAN)
        .add(GUSHAN)
        .add(ZHANQIAN)
        .add(VILLAGE)
        .add(GRID_1)
        .add(SCHOOL)
        .add(VILLAGE_GRID)
        .add(COMPOUND)
        .add(BUILDING)
        .build();
  }

  @Test
  void looksUpEveryUnitByItsCode() {
    Territory t = territory();

    assertThat(t.street(CHAYUAN.code())).contains(CHAYUAN);
    assertThat(t.community(ZHANQIAN.code())).contains(ZHANQIAN);
    assertThat(t.grid(SCHOOL.code())).contains(SCHOOL);
    assertThat(t.compound(COMPOUND.id())).contains(COMPOUND);
    assertThat(t.building(BUILDING.id())).contains(BUILDING);
    assertThat(t.grid(ZHANQIAN.code().grid(9))).isEmpty();
  }

  @Test
  void navigatesFromParentsToChildrenInTheOrderAdded() {
    Territory t = territory();

    assertThat(t.communitiesOf(CHAYUAN.code())).containsExactly(ZHANQIAN);
    assertThat(t.gridsOf(ZHANQIAN.code())).containsExactly(GRID_1, SCHOOL);
    assertThat(t.gridsOf(GUSHAN.code())).containsExactly(VILLAGE_GRID);
    assertThat(t.compoundsOf(GRID_1.code())).containsExactly(COMPOUND);
    assertThat(t.buildingsOf(COMPOUND.id())).containsExactly(BUILDING);
    assertThat(t.gridOf(BUILDING.id())).contains(GRID_1.code());
  }

  @Test
  void knowsWhichGridLiesInWhichStreetAndCommunity() {
    Territory t = territory();

    assertThat(t.contains(CHAYUAN.code(), GRID_1.code())).isTrue();
    assertThat(t.contains(GUSHAN.code(), GRID_1.code())).isFalse();
    assertThat(t.contains(ZHANQIAN.code(), SCHOOL.code())).isTrue();
    assertThat(t.contains(VILLAGE.code(), SCHOOL.code())).isFalse();
    assertThat(t.contains(GUSHAN.code(), VILLAGE.code())).isTrue();
    assertThat(t.contains(ZHANQIAN.code(), COMPOUND.id())).isTrue();
  }

  @Test
  void refusesAGridWhoseCommunityIsMissingAndKeepsWhatWasAdded() {
    Territory.Builder b = Territory.builder(JINAN).add(CHAYUAN);
    Grid orphan = new Grid(GridCode.of("350111001099001"), "无主网格", GridType.BASIC, 1);

    assertThatThrownBy(() -> b.add(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grid 350111001099001 belongs to 350111001099, which is missing");
    assertThat(b.build().streets()).containsExactly(CHAYUAN);
  }

  @Test
  void refusesAStreetAddedTwice() {
    Territory.Builder b = Territory.builder(JINAN).add(CHAYUAN);

    assertThatThrownBy(() -> b.add(new Street(CHAYUAN.code(), "另一个名字")))
        .hasMessageContaining("street 350111001 is added twice");
  }

  @Test
  void refusesAStreetOfAnotherDistrict() {
    assertThatThrownBy(
            () -> Territory.builder(JINAN).add(new Street(StreetCode.of("350102001"), "鼓楼某街道")))
        .hasMessageContaining("street 350102001 is not in district 350111");
  }

  @Test
  void readsTheKindOfACommunityFromTheTenthDigitOfItsCode() {
    assertThat(ZHANQIAN.kind()).isEqualTo(CommunityKind.COMMUNITY);
    assertThat(VILLAGE.kind()).isEqualTo(CommunityKind.VILLAGE);
    assertThat(new Community(CommunityCode.of("350111100498"), "农场生活区").kind())
        .isEqualTo(CommunityKind.OTHER);
  }

  @Test
  void readsTheKindOfAStreetFromTheSerialInItsCode() {
    assertThat(CHAYUAN.kind()).isEqualTo(StreetKind.SUBDISTRICT);
    assertThat(GUSHAN.kind()).isEqualTo(StreetKind.TOWN);
    assertThat(new Street(StreetCode.of("350111201"), "寿山乡").kind()).isEqualTo(StreetKind.TOWNSHIP);
    assertThat(new Street(StreetCode.of("350111400"), "开发区").kind()).isEqualTo(StreetKind.OTHER);
  }

  @Test
  void aGridCodeIsItsCommunityCodeAndAThreeDigitSerial() {
    GridCode code = ZHANQIAN.code().grid(7);

    assertThat(code.value()).isEqualTo("350111001001007");
    assertThat(code.community()).isEqualTo(ZHANQIAN.code());
    assertThat(code.street()).isEqualTo(CHAYUAN.code());
    assertThat(code.serial()).isEqualTo(7);
  }

  @Test
  void refusesMalformedCodesWithTheOffendingValue() {
    assertThatThrownBy(() -> GridCode.of("35011100100100"))
        .hasMessage("a grid code has 15 digits, got 14 digits, \"35011100100100\"");
    assertThatThrownBy(() -> GridCode.of("350111001001000"))
        .hasMessageContaining("a serial from 001 to 999");
    assertThatThrownBy(() -> CommunityCode.of("35011100100A")).hasMessageContaining("12 digits");
    assertThatThrownBy(() -> ZHANQIAN.code().grid(1000)).hasMessageContaining("between 1 and 999");
  }

  @Test
  void aProfessionallyManagedCompoundNamesItsCompanyAndNoOtherDoes() {
    assertThatThrownBy(
            () ->
                new Compound(
                    CompoundId.of("C2"),
                    "某小区",
                    GRID_1.code(),
                    PropertyMode.PROFESSIONAL,
                    Optional.empty(),
                    0.5,
                    Set.of(),
                    false))
        .hasMessageContaining("a property company is named exactly when");
    Compound managed = COMPOUND.withPropertyMode(PropertyMode.PROFESSIONAL, Optional.of("某物业公司"));
    assertThat(managed.propertyMode().managed()).isTrue();
  }

  @Test
  void renovatingACompoundAddsToItsRenovations() {
    Compound c = COMPOUND.renovated(Renovation.LIFT).renovated(Renovation.EV_CHARGING);

    assertThat(c.renovations()).containsExactlyInAnyOrder(Renovation.LIFT, Renovation.EV_CHARGING);
    assertThat(COMPOUND.renovations()).isEmpty();
  }

  @Test
  void replacingACompoundKeepsItsGrid() {
    Territory.Builder b = territory().toBuilder();
    Compound moved = Compound.of(COMPOUND.id(), "站前小区", SCHOOL.code(), PropertyMode.NONE, true);

    assertThatThrownBy(() -> b.replace(moved)).hasMessageContaining("stays in grid");
    Territory t =
        b.replace(COMPOUND.withPropertyMode(PropertyMode.COMMUNITY_RUN, Optional.empty())).build();
    assertThat(t.compound(COMPOUND.id()).orElseThrow().propertyMode())
        .isEqualTo(PropertyMode.COMMUNITY_RUN);
  }
}
