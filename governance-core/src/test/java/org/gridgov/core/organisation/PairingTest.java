package org.gridgov.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridgov.core.territory.CommunityCode;
import org.junit.jupiter.api.Test;

class PairingTest {

  private static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");
  private static final CommunityCode CHAYUAN = CommunityCode.of("350111001002");
  private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);

  @Test
  void aUnitMayBePairedWithSeveralCommunities() {
    // given a unit paired with two communities
    Pairing pairing = new Pairing(UnitId.of("u-1"), Set.of(ZHANQIAN, CHAYUAN), SINCE);

    // then the pairing is one-to-many and covers both
    assertThat(pairing.oneToOne()).isFalse();
    assertThat(pairing.covers(ZHANQIAN)).isTrue();
    assertThat(pairing.covers(CHAYUAN)).isTrue();
  }

  @Test
  void aPairingNamesAtLeastOneCommunity() {
    // given a pairing of no community, then it is refused
    assertThatThrownBy(() -> new Pairing(UnitId.of("u-1"), Set.of(), SINCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one community or more");
  }

  @Test
  void findsTheUnitsPairedWithACommunity() {
    // given two units, one of them paired with two communities
    Pairings pairings =
        Pairings.of(
            List.of(
                Pairing.of(UnitId.of("u-1"), ZHANQIAN, SINCE),
                new Pairing(UnitId.of("u-2"), Set.of(ZHANQIAN, CHAYUAN), SINCE)));

    // when / then
    assertThat(pairings.unitsPairedWith(ZHANQIAN)).containsOnly(UnitId.of("u-1"), UnitId.of("u-2"));
    assertThat(pairings.unitsPairedWith(CHAYUAN)).containsOnly(UnitId.of("u-2"));
    assertThat(pairings.pairedCommunities()).containsOnly(ZHANQIAN, CHAYUAN);
  }

  @Test
  void aUnitHasOnlyOnePairing() {
    // given two pairings of the same unit, then the register refuses them
    assertThatThrownBy(
            () ->
                Pairings.of(
                    List.of(
                        Pairing.of(UnitId.of("u-1"), ZHANQIAN, SINCE),
                        Pairing.of(UnitId.of("u-1"), CHAYUAN, SINCE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one pairing");
  }
}
