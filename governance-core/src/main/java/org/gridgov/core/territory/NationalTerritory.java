package org.gridgov.core.territory;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;

/**
 * The whole country's territory as a compact index: every county-level district, township-level
 * street and village-level community by statistical code, and the same number of grids in every
 * community. It answers lookups by code, with the parent chain, by one hash probe for the street
 * and a short search among the street's communities, and lists the streets of a district, the
 * communities of a street and the grids of each, in code order.
 *
 * <p>Where {@link Territory} holds one district as an object per unit, this index holds about
 * 620,000 communities and 3.1 million grids in a few primitive arrays: codes as numbers sorted by
 * code, parents as positions, names in one character buffer. Districts and streets are known by
 * their codes alone (the national statistical list names only the village-level units). Grids are
 * not stored: grid {@code n} of a community has the community's code followed by {@code n} in three
 * digits ({@link CommunityCode#grid(int)}), for {@code n} from 1 to {@link #gridsPerCommunity()}.
 *
 * <p>Lookups return views ({@link DistrictView}, {@link StreetView}, {@link CommunityView}, {@link
 * GridView}): small objects holding the index and positions, which make the value types of this
 * package on demand. A view's {@link UnitView#index() index()} is its position in code order, from
 * 0, so a host can keep its own data about units in arrays beside the index.
 *
 * <p>An index is immutable and safe to share between threads. It is made by a {@link Builder}.
 */
public final class NationalTerritory {

  /** The grids a community has unless a builder is told otherwise. */
  public static final int DEFAULT_GRIDS_PER_COMMUNITY = 5;

  /** The most communities an index holds. */
  public static final int MAX_COMMUNITIES = (1 << 21) - 1;

  private static final int MAX_NAME = 10_000;

  /** A community's street position and serial share an int: the serial takes the low 10 bits. */
  private static final int SERIAL_BITS = 10;

  private static final int SERIAL_MASK = (1 << SERIAL_BITS) - 1;

  private final int[] districtCodes;
  private final int[] districtFirstStreet;
  private final int[] streetCodes;
  private final int[] streetDistrict;
  private final int[] streetFirstCommunity;
  private final int[] streetAndSerial;
  private final char[] names;
  private final int[] nameStart;
  private final int gridsPerCommunity;
  private final CodeTable districtTable;
  private final CodeTable streetTable;

  private NationalTerritory(
      int[] districtCodes,
      int[] districtFirstStreet,
      int[] streetCodes,
      int[] streetDistrict,
      int[] streetFirstCommunity,
      int[] streetAndSerial,
      char[] names,
      int[] nameStart,
      int gridsPerCommunity) {
    this.districtCodes = districtCodes;
    this.districtFirstStreet = districtFirstStreet;
    this.streetCodes = streetCodes;
    this.streetDistrict = streetDistrict;
    this.streetFirstCommunity = streetFirstCommunity;
    this.streetAndSerial = streetAndSerial;
    this.names = names;
    this.nameStart = nameStart;
    this.gridsPerCommunity = checkGrids(gridsPerCommunity, streetAndSerial.length);
    this.districtTable = new CodeTable(districtCodes.length);
    for (int i = 0; i < districtCodes.length; i++) {
      districtTable.putIfAbsent(districtCodes[i], i);
    }
    this.streetTable = new CodeTable(streetCodes.length);
    for (int i = 0; i < streetCodes.length; i++) {
      streetTable.putIfAbsent(streetCodes[i], i);
    }
  }

  /** The same units as another index, sharing its arrays and tables, with other grids. */
  private NationalTerritory(NationalTerritory units, int gridsPerCommunity) {
    this.districtCodes = units.districtCodes;
    this.districtFirstStreet = units.districtFirstStreet;
    this.streetCodes = units.streetCodes;
    this.streetDistrict = units.streetDistrict;
    this.streetFirstCommunity = units.streetFirstCommunity;
    this.streetAndSerial = units.streetAndSerial;
    this.names = units.names;
    this.nameStart = units.nameStart;
    this.gridsPerCommunity = checkGrids(gridsPerCommunity, streetAndSerial.length);
    this.districtTable = units.districtTable;
    this.streetTable = units.streetTable;
  }

  private static int checkGrids(int gridsPerCommunity, int communities) {
    if (gridsPerCommunity < 1 || gridsPerCommunity > 999) {
      throw ValueRefusedException.of(
          "refused.NationalTerritory.communityHasGrids", gridsPerCommunity);
    }
    if ((long) gridsPerCommunity * communities > Integer.MAX_VALUE) {
      throw ValueRefusedException.of(
          "refused.NationalTerritory.communitiesGridsEachMake",
          communities,
          gridsPerCommunity,
          Integer.MAX_VALUE);
    }
    return gridsPerCommunity;
  }

  /**
   * Starts an index.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(1024);
  }

  /**
   * The same districts, streets and communities with another number of grids in each community. The
   * new index shares this one's arrays, so it costs next to nothing.
   *
   * @param grids the grids of every community, 1 to 999
   * @return the index
   * @throws IllegalArgumentException if the number is outside 1 to 999 or the grids would number
   *     more than {@link Integer#MAX_VALUE}
   */
  public NationalTerritory withGridsPerCommunity(int grids) {
    return new NationalTerritory(this, grids);
  }

  /**
   * The grids of every community.
   *
   * @return 1 to 999
   */
  public int gridsPerCommunity() {
    return gridsPerCommunity;
  }

  /**
   * The number of county-level districts.
   *
   * @return zero or more
   */
  public int districtCount() {
    return districtCodes.length;
  }

  /**
   * The number of township-level streets.
   *
   * @return zero or more
   */
  public int streetCount() {
    return streetCodes.length;
  }

  /**
   * The number of village-level communities.
   *
   * @return zero or more
   */
  public int communityCount() {
    return streetAndSerial.length;
  }

  /**
   * The number of grids: the communities times {@link #gridsPerCommunity()}.
   *
   * @return zero or more
   */
  public int gridCount() {
    return streetAndSerial.length * gridsPerCommunity;
  }

  /**
   * Every district.
   *
   * @return in code order; the list makes its views as they are read
   */
  public List<DistrictView> districts() {
    return new Views<>(0, districtCount(), this::districtAt);
  }

  /**
   * Every street.
   *
   * @return in code order; the list makes its views as they are read
   */
  public List<StreetView> streets() {
    return new Views<>(0, streetCount(), this::streetAt);
  }

  /**
   * Every community.
   *
   * @return in code order; the list makes its views as they are read
   */
  public List<CommunityView> communities() {
    return communities(0, communityCount());
  }

  /**
   * Every grid.
   *
   * @return in code order; the list makes its views as they are read
   */
  public List<GridView> grids() {
    return grids(0, communityCount());
  }

  /**
   * Looks up a district.
   *
   * @param code its code
   * @return the district, or empty if this index has none with that code
   */
  public Optional<DistrictView> district(DistrictCode code) {
    return district(code.value());
  }

  /**
   * Looks up a district by the text of its code.
   *
   * @param code six digits
   * @return the district, or empty if this index has none with that code
   * @throws IllegalArgumentException if the code is not six digits
   */
  public Optional<DistrictView> district(String code) {
    int position = districtPosition(code);
    return position < 0 ? Optional.empty() : Optional.of(districtAt(position));
  }

  /**
   * Looks up a street.
   *
   * @param code its code
   * @return the street, or empty if this index has none with that code
   */
  public Optional<StreetView> street(StreetCode code) {
    return street(code.value());
  }

  /**
   * Looks up a street by the text of its code.
   *
   * @param code nine digits
   * @return the street, or empty if this index has none with that code
   * @throws IllegalArgumentException if the code is not nine digits
   */
  public Optional<StreetView> street(String code) {
    int position = streetPosition(code);
    return position < 0 ? Optional.empty() : Optional.of(streetAt(position));
  }

  /**
   * Looks up a community.
   *
   * @param code its code
   * @return the community, or empty if this index has none with that code
   */
  public Optional<CommunityView> community(CommunityCode code) {
    return community(code.value());
  }

  /**
   * Looks up a community by the text of its code.
   *
   * @param code twelve digits
   * @return the community, or empty if this index has none with that code
   * @throws IllegalArgumentException if the code is not twelve digits
   */
  public Optional<CommunityView> community(String code) {
    int position = communityPosition(code);
    return position < 0 ? Optional.empty() : Optional.of(communityAt(position));
  }

  /**
   * Looks up a grid.
   *
   * @param code its code
   * @return the grid, or empty if this index has no community with the code's first twelve digits
   *     or the code's serial is above {@link #gridsPerCommunity()}
   */
  public Optional<GridView> grid(GridCode code) {
    return grid(code.value());
  }

  /**
   * Looks up a grid by the text of its code.
   *
   * @param code fifteen digits
   * @return the grid, or empty if this index has no community with the code's first twelve digits
   *     or the code's serial is not from 1 to {@link #gridsPerCommunity()}
   * @throws IllegalArgumentException if the code is not fifteen digits
   */
  public Optional<GridView> grid(String code) {
    int position = gridPosition(code);
    return position < 0 ? Optional.empty() : Optional.of(gridAt(position));
  }

  /**
   * The position of a district, for hosts that keep data about districts in arrays. Unlike {@link
   * #district(String)} it makes no object, so a lookup in a hot loop costs no garbage.
   *
   * @param code six digits
   * @return the district's position in code order, or -1 if this index has none with that code
   * @throws IllegalArgumentException if the code is not six digits
   */
  public int districtPosition(String code) {
    return districtTable.get(Digits.parse(code, 6, Digits.DISTRICT_CODE));
  }

  /**
   * The position of a street, for hosts that keep data about streets in arrays; it makes no object.
   *
   * @param code nine digits
   * @return the street's position in code order, or -1 if this index has none with that code
   * @throws IllegalArgumentException if the code is not nine digits
   */
  public int streetPosition(String code) {
    return streetTable.get(Digits.parse(code, 9, Digits.STREET_CODE));
  }

  /**
   * The position of a community, for hosts that keep data about communities in arrays; it makes no
   * object.
   *
   * @param code twelve digits
   * @return the community's position in code order, or -1 if this index has none with that code
   * @throws IllegalArgumentException if the code is not twelve digits
   */
  public int communityPosition(String code) {
    return communityIndex(Digits.parse(code, 12, Digits.COMMUNITY_CODE));
  }

  /**
   * The position of a grid, for hosts that keep data about grids in arrays; it makes no object.
   *
   * @param code fifteen digits
   * @return the grid's position in code order, or -1 if this index has no community with the code's
   *     first twelve digits or the code's serial is not from 1 to {@link #gridsPerCommunity()}
   * @throws IllegalArgumentException if the code is not fifteen digits
   */
  public int gridPosition(String code) {
    long value = Digits.parse(code, 15, Digits.GRID_CODE);
    int serial = (int) (value % 1000);
    if (serial < 1 || serial > gridsPerCommunity) {
      return -1;
    }
    int community = communityIndex(value / 1000);
    return community < 0 ? -1 : community * gridsPerCommunity + serial - 1;
  }

  /**
   * The district at a position.
   *
   * @param position from 0 to {@link #districtCount()} - 1
   * @return the district
   * @throws IndexOutOfBoundsException if there is no district at that position
   */
  public DistrictView districtAt(int position) {
    return new DistrictView(this, Objects.checkIndex(position, districtCount()));
  }

  /**
   * The street at a position.
   *
   * @param position from 0 to {@link #streetCount()} - 1
   * @return the street
   * @throws IndexOutOfBoundsException if there is no street at that position
   */
  public StreetView streetAt(int position) {
    return new StreetView(this, Objects.checkIndex(position, streetCount()));
  }

  /**
   * The community at a position.
   *
   * @param position from 0 to {@link #communityCount()} - 1
   * @return the community
   * @throws IndexOutOfBoundsException if there is no community at that position
   */
  public CommunityView communityAt(int position) {
    int community = Objects.checkIndex(position, communityCount());
    return new CommunityView(this, community, streetOf(community));
  }

  /**
   * The grid at a position.
   *
   * @param position from 0 to {@link #gridCount()} - 1
   * @return the grid
   * @throws IndexOutOfBoundsException if there is no grid at that position
   */
  public GridView gridAt(int position) {
    int community = Objects.checkIndex(position, gridCount()) / gridsPerCommunity;
    return new GridView(
        this, community, streetOf(community), position - community * gridsPerCommunity + 1);
  }

  /**
   * The position of a community: its street's from the street table, then its own among the
   * street's communities, which are ordered by serial. A street has a dozen or so communities, so
   * the search halves a long range until a few are left and then reads them in a row.
   */
  private int communityIndex(long code) {
    int street = streetTable.get(code / 1000);
    if (street < 0) {
      return -1;
    }
    // within a street the packed ints are ordered by serial, so the whole int can be compared
    int wanted = street << SERIAL_BITS | (int) (code % 1000);
    int low = streetFirstCommunity[street];
    int high = streetFirstCommunity[street + 1];
    while (high - low > 16) {
      int mid = (low + high) >>> 1;
      if (streetAndSerial[mid] <= wanted) {
        low = mid;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < high; i++) {
      int at = streetAndSerial[i];
      if (at >= wanted) {
        return at == wanted ? i : -1;
      }
    }
    return -1;
  }

  private long communityNumber(int community) {
    int packed = streetAndSerial[community];
    return streetCodes[packed >>> SERIAL_BITS] * 1000L + (packed & SERIAL_MASK);
  }

  private int streetOf(int community) {
    return streetAndSerial[community] >>> SERIAL_BITS;
  }

  private List<CommunityView> communities(int from, int to) {
    return new Views<>(from, to, this::communityAt);
  }

  private List<GridView> grids(int fromCommunity, int toCommunity) {
    return new Views<>(
        fromCommunity * gridsPerCommunity, toCommunity * gridsPerCommunity, this::gridAt);
  }

  /**
   * The approximate bytes the index's arrays and tables take, without the JVM's object headers.
   *
   * @return bytes
   */
  public long footprint() {
    return 4L
            * (districtCodes.length
                + districtFirstStreet.length
                + streetCodes.length
                + streetDistrict.length
                + streetFirstCommunity.length
                + streetAndSerial.length
                + nameStart.length)
        + 2L * names.length
        + districtTable.bytes()
        + streetTable.bytes();
  }

  @Override
  public String toString() {
    return "NationalTerritory["
        + districtCount()
        + " districts, "
        + streetCount()
        + " streets, "
        + communityCount()
        + " communities, "
        + gridCount()
        + " grids]";
  }

  /**
   * A unit of the index: the index and the unit's position among the units of its kind in code
   * order, from 0. Two views are equal when they show the same unit of the same index.
   */
  public abstract static sealed class UnitView
      permits DistrictView, StreetView, CommunityView, GridView {
    final NationalTerritory territory;
    final int index;

    UnitView(NationalTerritory territory, int index) {
      this.territory = territory;
      this.index = index;
    }

    /**
     * The index the unit is in.
     *
     * @return the index
     */
    public final NationalTerritory territory() {
      return territory;
    }

    /**
     * The unit's position among the units of its kind in code order, from 0.
     *
     * @return the position
     */
    public final int index() {
      return index;
    }

    @Override
    public final boolean equals(Object o) {
      return o != null
          && o.getClass() == getClass()
          && ((UnitView) o).territory == territory
          && ((UnitView) o).index == index;
    }

    @Override
    public final int hashCode() {
      return System.identityHashCode(territory) * 31 + index;
    }
  }

  /** A county-level district of the index. */
  public static final class DistrictView extends UnitView {

    private DistrictView(NationalTerritory territory, int index) {
      super(territory, index);
    }

    /**
     * The district's code.
     *
     * @return six digits
     */
    public DistrictCode code() {
      return new DistrictCode(Digits.text(territory.districtCodes[index], 6));
    }

    /**
     * The district's streets.
     *
     * @return in code order
     */
    public List<StreetView> streets() {
      NationalTerritory t = territory;
      return new Views<>(
          t.districtFirstStreet[index], t.districtFirstStreet[index + 1], t::streetAt);
    }

    /**
     * The district's communities, street by street.
     *
     * @return in code order
     */
    public List<CommunityView> communities() {
      return territory.communities(firstCommunity(), endCommunity());
    }

    /**
     * The district's grids, community by community.
     *
     * @return in code order
     */
    public List<GridView> grids() {
      return territory.grids(firstCommunity(), endCommunity());
    }

    private int firstCommunity() {
      return territory.streetFirstCommunity[territory.districtFirstStreet[index]];
    }

    private int endCommunity() {
      return territory.streetFirstCommunity[territory.districtFirstStreet[index + 1]];
    }

    @Override
    public String toString() {
      return code().value();
    }
  }

  /** A township-level street of the index. */
  public static final class StreetView extends UnitView {

    private StreetView(NationalTerritory territory, int index) {
      super(territory, index);
    }

    /**
     * The street's code.
     *
     * @return nine digits
     */
    public StreetCode code() {
      return new StreetCode(Digits.text(territory.streetCodes[index], 9));
    }

    /**
     * The kind, read from the code.
     *
     * @return street, town, township or other
     */
    public StreetKind kind() {
      return StreetKind.ofCode(code());
    }

    /**
     * The district the street belongs to.
     *
     * @return its district
     */
    public DistrictView district() {
      return new DistrictView(territory, territory.streetDistrict[index]);
    }

    /**
     * The street's communities.
     *
     * @return in code order
     */
    public List<CommunityView> communities() {
      return territory.communities(
          territory.streetFirstCommunity[index], territory.streetFirstCommunity[index + 1]);
    }

    /**
     * The street's grids, community by community.
     *
     * @return in code order
     */
    public List<GridView> grids() {
      return territory.grids(
          territory.streetFirstCommunity[index], territory.streetFirstCommunity[index + 1]);
    }

    @Override
    public String toString() {
      return code().value();
    }
  }

  /** A village-level community of the index. */
  public static final class CommunityView extends UnitView {

    /** The position of its street, which a lookup finds beside the community's own. */
    private final int street;

    private CommunityView(NationalTerritory territory, int index, int street) {
      super(territory, index);
      this.street = street;
    }

    /**
     * The community's code.
     *
     * @return twelve digits
     */
    public CommunityCode code() {
      return new CommunityCode(Digits.text(territory.communityNumber(index), 12));
    }

    /**
     * The community's name.
     *
     * @return such as 站前社区委员会
     */
    public String name() {
      int from = territory.nameStart[index];
      return new String(territory.names, from, territory.nameStart[index + 1] - from);
    }

    /**
     * The kind, read from the code's tenth digit.
     *
     * @return community, village or other
     */
    public CommunityKind kind() {
      return CommunityKind.ofCode(code());
    }

    /**
     * The street the community belongs to.
     *
     * @return its street
     */
    public StreetView street() {
      return new StreetView(territory, street);
    }

    /**
     * The district the community belongs to.
     *
     * @return its district
     */
    public DistrictView district() {
      return new DistrictView(territory, territory.streetDistrict[street]);
    }

    /**
     * The community's grids.
     *
     * @return serials 1 to {@link NationalTerritory#gridsPerCommunity()}
     */
    public List<GridView> grids() {
      return territory.grids(index, index + 1);
    }

    /**
     * The community as the value this package's {@link Territory} holds.
     *
     * @return the community with its code and name
     */
    public Community toCommunity() {
      return new Community(code(), name());
    }

    @Override
    public String toString() {
      return code().value() + ' ' + name();
    }
  }

  /**
   * A grid of the index. Its {@link #index()} is its community's position times {@link
   * NationalTerritory#gridsPerCommunity()}, plus its serial, minus 1.
   */
  public static final class GridView extends UnitView {

    private final int community;
    private final int street;

    private GridView(NationalTerritory territory, int community, int street, int serial) {
      super(territory, community * territory.gridsPerCommunity + serial - 1);
      this.community = community;
      this.street = street;
    }

    /**
     * The grid's code: its community's code and its serial in three digits.
     *
     * @return fifteen digits
     */
    public GridCode code() {
      return new GridCode(Digits.text(territory.communityNumber(community) * 1000 + serial(), 15));
    }

    /**
     * The grid's serial within its community.
     *
     * @return 1 to {@link NationalTerritory#gridsPerCommunity()}
     */
    public int serial() {
      return index - community * territory.gridsPerCommunity + 1;
    }

    /**
     * The grid's name: its community's name and its serial, such as 站前社区委员会第1网格.
     *
     * @return the name
     */
    public String name() {
      return community().name() + '第' + serial() + "网格";
    }

    /**
     * The community the grid belongs to.
     *
     * @return its community
     */
    public CommunityView community() {
      return new CommunityView(territory, community, street);
    }

    /**
     * The street the grid belongs to.
     *
     * @return its street
     */
    public StreetView street() {
      return new StreetView(territory, street);
    }

    /**
     * The district the grid belongs to.
     *
     * @return its district
     */
    public DistrictView district() {
      return new DistrictView(territory, territory.streetDistrict[street]);
    }

    /**
     * The grid as the value this package's {@link Territory} holds: a basic grid whose households
     * are not known yet, so zero.
     *
     * @return the grid with its code and name
     */
    public Grid toGrid() {
      return new Grid(code(), name(), GridType.BASIC, 0);
    }

    @Override
    public String toString() {
      return code().value();
    }
  }

  /** A read-only list of the views at consecutive positions, made as they are read. */
  private static final class Views<T> extends AbstractList<T> implements RandomAccess {
    private final int from;
    private final int size;
    private final IntFunction<T> view;

    Views(int from, int to, IntFunction<T> view) {
      this.from = from;
      this.size = to - from;
      this.view = view;
    }

    @Override
    public T get(int i) {
      return view.apply(from + Objects.checkIndex(i, size));
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Collects the communities of an index. Each {@code add} checks the community at once: a
   * duplicate code or a blank name is refused with an {@link IllegalArgumentException} and the
   * builder stays as it was. A community's street and district are the first nine and six digits of
   * its code, so they need not be added. Communities may come in any order; in code order, as a
   * sorted file gives them, they are checked and sorted at no extra cost. A builder is not
   * thread-safe.
   */
  public static final class Builder {
    private static final long CODES = 1_000_000_000_000L;

    private long[] codes;
    private int[] nameEnds;
    private char[] names;
    private int size;
    private int nameLength;

    /** The position of each code, made when a code first comes out of order; null till then. */
    private CodeTable positions;

    private Builder(int expected) {
      codes = new long[expected];
      nameEnds = new int[expected];
      names = new char[expected * 8];
    }

    /**
     * Adds a community.
     *
     * @param code its code
     * @param name its name, not blank, at most 10,000 characters
     * @return this builder
     * @throws IllegalArgumentException if a community with that code was added, the name is blank
     *     or too long, or the builder holds {@link #MAX_COMMUNITIES} already
     */
    public Builder add(CommunityCode code, String name) {
      return add(Digits.parse(code.value(), 12, Digits.COMMUNITY_CODE), name);
    }

    /**
     * Adds a community by the number its code spells, for readers that parse codes themselves.
     *
     * @param code the twelve digits of its code as a number, 0 to 999,999,999,999
     * @param name its name, not blank, at most 10,000 characters
     * @return this builder
     * @throws IllegalArgumentException if the number is outside that range, a community with that
     *     code was added, the name is blank or too long, or the builder holds {@link
     *     #MAX_COMMUNITIES} already
     */
    public Builder add(long code, String name) {
      if (code < 0 || code >= CODES) {
        throw ValueRefusedException.of("refused.NationalTerritory.communityCodeHasDigits", code);
      }
      if (name == null || name.isBlank() || name.length() > MAX_NAME) {
        Checks.name(name, Checks.term("community.name", Digits.text(code, 12)));
      }
      if (size == MAX_COMMUNITIES) {
        throw ValueRefusedException.of(
            "refused.NationalTerritory.indexHoldsAtMost", MAX_COMMUNITIES, Digits.text(code, 12));
      }
      if (positions == null && size > 0 && code <= codes[size - 1]) {
        positions = new CodeTable(size * 2);
        for (int i = 0; i < size; i++) {
          positions.putIfAbsent(codes[i], i);
        }
      }
      if (positions != null && positions.putIfAbsent(code, size) >= 0) {
        throw ValueRefusedException.of(
            "refused.NationalTerritory.communityAddedTwice", Digits.text(code, 12));
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        nameEnds = Arrays.copyOf(nameEnds, size * 2);
      }
      int length = name.length();
      if (nameLength + length > names.length) {
        names = Arrays.copyOf(names, Math.max(names.length * 2, nameLength + length));
      }
      name.getChars(0, length, names, nameLength);
      nameLength += length;
      codes[size] = code;
      nameEnds[size] = nameLength;
      size++;
      return this;
    }

    /**
     * The position at which a community was added.
     *
     * @param code its code
     * @return from 0 in the order of adding, or -1 if no community with that code was added
     */
    public int positionOf(CommunityCode code) {
      long number = Digits.parse(code.value(), 12, Digits.COMMUNITY_CODE);
      if (positions != null) {
        return positions.get(number);
      }
      int found = Arrays.binarySearch(codes, 0, size, number);
      return found < 0 ? -1 : found;
    }

    /**
     * The number of communities added.
     *
     * @return zero or more
     */
    public int size() {
      return size;
    }

    /**
     * Makes the index with {@link #DEFAULT_GRIDS_PER_COMMUNITY} grids in every community.
     *
     * @return an immutable index of every community added, with its street and district
     */
    public NationalTerritory build() {
      return build(DEFAULT_GRIDS_PER_COMMUNITY);
    }

    /**
     * Makes the index.
     *
     * @param gridsPerCommunity the grids of every community, 1 to 999
     * @return an immutable index of every community added, with its street and district; later
     *     additions to this builder do not change it
     * @throws IllegalArgumentException if the number of grids is outside 1 to 999 or the grids
     *     would number more than {@link Integer#MAX_VALUE}
     */
    public NationalTerritory build(int gridsPerCommunity) {
      checkGrids(gridsPerCommunity, size);
      int[] order = codeOrder();
      int[] districtCodes = new int[size + 1];
      int[] districtFirstStreet = new int[size + 1];
      int[] streetCodes = new int[size + 1];
      int[] streetDistrict = new int[size + 1];
      int[] streetFirstCommunity = new int[size + 1];
      int[] packed = new int[size];
      char[] sortedNames = new char[nameLength];
      int[] nameStart = new int[size + 1];
      int districts = 0;
      int streets = 0;
      int chars = 0;
      for (int c = 0; c < size; c++) {
        int added = order == null ? c : order[c];
        long code = codes[added];
        int street = (int) (code / 1000);
        if (streets == 0 || streetCodes[streets - 1] != street) {
          int district = street / 1000;
          if (districts == 0 || districtCodes[districts - 1] != district) {
            districtCodes[districts] = district;
            districtFirstStreet[districts++] = streets;
          }
          streetCodes[streets] = street;
          streetDistrict[streets] = districts - 1;
          streetFirstCommunity[streets++] = c;
        }
        packed[c] = (streets - 1) << SERIAL_BITS | (int) (code % 1000);
        int from = added == 0 ? 0 : nameEnds[added - 1];
        int length = nameEnds[added] - from;
        System.arraycopy(names, from, sortedNames, chars, length);
        nameStart[c] = chars;
        chars += length;
      }
      districtFirstStreet[districts] = streets;
      streetFirstCommunity[streets] = size;
      nameStart[size] = chars;
      return new NationalTerritory(
          Arrays.copyOf(districtCodes, districts),
          Arrays.copyOf(districtFirstStreet, districts + 1),
          Arrays.copyOf(streetCodes, streets),
          Arrays.copyOf(streetDistrict, streets),
          Arrays.copyOf(streetFirstCommunity, streets + 1),
          packed,
          sortedNames,
          nameStart,
          gridsPerCommunity);
    }

    /**
     * The positions of adding in the order of the codes, or null when they were added in that order
     * already, as a file sorted by code adds them.
     */
    private int[] codeOrder() {
      if (positions == null) {
        return null;
      }
      // a code has at most 40 bits and a position 23, so both fit in one long to sort
      long[] keyed = new long[size];
      for (int i = 0; i < size; i++) {
        keyed[i] = codes[i] << 23 | i;
      }
      Arrays.sort(keyed);
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = (int) (keyed[i] & ((1 << 23) - 1));
      }
      return order;
    }
  }
}
