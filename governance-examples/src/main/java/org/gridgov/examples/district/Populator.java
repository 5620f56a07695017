package org.gridgov.examples.district;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.GridTeams;
import org.gridgov.core.organisation.JointCommitteeMember;
import org.gridgov.core.organisation.JointCommitteeRole;
import org.gridgov.core.organisation.JointPartyCommittee;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.organisation.UnitKind;
import org.gridgov.core.organisation.VolunteerTeamId;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.FirstSecretary;
import org.gridgov.core.people.IdNumber;
import org.gridgov.core.people.MembershipStatus;
import org.gridgov.core.people.PartyMembership;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.people.Registration;
import org.gridgov.core.people.Role;
import org.gridgov.core.people.Skill;
import org.gridgov.core.people.VolunteerTeam;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.PostType;
import org.gridgov.core.post.PostTypeCatalogue;
import org.gridgov.core.post.ServiceMenu;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.post.ServicePostId;
import org.gridgov.core.territory.Building;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.Renovation;
import org.gridgov.core.territory.Territory;

/**
 * One run of a population: draws everything from one random generator in a fixed order, so that the
 * same generator state gives the same district. Used once, by one thread.
 */
final class Populator {

  /** Relative weights of the grid rule: a community has four times the grids of a village. */
  static final double COMMUNITY_WEIGHT = 8.0;

  static final double VILLAGE_WEIGHT = 2.0;
  static final double OTHER_WEIGHT = 1.0;

  /** Each unit's weight is multiplied by a factor drawn uniformly from [0.7, 1.3). */
  static final double JITTER = 0.3;

  /** A community with this many grids or more may have dedicated grids. */
  static final int DEDICATED_FROM = 6;

  /** Share of post holders who are registered Party members; the rest are capable residents. */
  static final double PARTY_SHARE_OF_POST_HOLDERS = 0.4;

  /** Room on each service post, unless more people claimed it. */
  static final int POST_CAPACITY = 2;

  private static final List<GridType> COMMUNITY_DEDICATED =
      List.of(
          GridType.SCHOOL,
          GridType.HOSPITAL,
          GridType.MARKET,
          GridType.INDUSTRIAL_PARK,
          GridType.BUSINESS_DISTRICT,
          GridType.INSTITUTION);

  private static final List<PropertyMode> MANAGED_MODES =
      List.of(
          PropertyMode.PROFESSIONAL,
          PropertyMode.COMMUNITY_RUN,
          PropertyMode.COMMUNITY_RUN,
          PropertyMode.OWNER_INSTITUTION_ASSISTED,
          PropertyMode.SELF_MANAGED,
          PropertyMode.SELF_MANAGED);

  private static final List<Skill> GENERAL_SKILLS =
      List.of(
          Skill.PLUMBING,
          Skill.ELECTRICIAN,
          Skill.ELDERLY_CARE,
          Skill.LAW,
          Skill.PSYCHOLOGY,
          Skill.MEDICAL,
          Skill.MEDIATION,
          Skill.of("TEACHING"),
          Skill.of("ACCOUNTING"),
          Skill.of("PROPERTY_MANAGEMENT"),
          Skill.of("FIRE_SAFETY"),
          Skill.of("CHILD_CARE"),
          Skill.of("CULTURE_AND_ARTS"),
          Skill.of("IT_SUPPORT"));

  private static final Map<String, List<Skill>> SKILLS_BY_POST_TYPE =
      Map.of(
          PostTypeCatalogue.PARTY_BUILDING_GUIDANCE.code(),
          List.of(Skill.of("TEACHING"), Skill.of("CULTURE_AND_ARTS"), Skill.of("IT_SUPPORT")),
          PostTypeCatalogue.PROPERTY_SERVICE_SUPERVISION.code(),
          List.of(
              Skill.of("PROPERTY_MANAGEMENT"),
              Skill.of("ACCOUNTING"),
              Skill.PLUMBING,
              Skill.ELECTRICIAN),
          PostTypeCatalogue.HARDSHIP_RELIEF.code(),
          List.of(Skill.ELDERLY_CARE, Skill.MEDICAL, Skill.PSYCHOLOGY, Skill.LAW),
          PostTypeCatalogue.DISPUTE_MEDIATION.code(),
          List.of(Skill.MEDIATION, Skill.LAW, Skill.PSYCHOLOGY),
          PostTypeCatalogue.ELDERLY_AND_CHILD_CARE.code(),
          List.of(Skill.ELDERLY_CARE, Skill.of("CHILD_CARE"), Skill.MEDICAL),
          PostTypeCatalogue.ENVIRONMENT_AND_CIVILITY_PATROL.code(),
          List.of(Skill.of("CULTURE_AND_ARTS"), Skill.of("PROPERTY_MANAGEMENT")),
          PostTypeCatalogue.SAFETY_INSPECTION.code(),
          List.of(Skill.of("FIRE_SAFETY"), Skill.ELECTRICIAN));

  private final Figures f;
  private final List<PostType> postTypes;
  private final RandomGenerator rnd;
  private final Territory base;
  private final LocalDate from;
  private final String districtCode;
  private final List<Community> villageLevel;

  // territory
  private final List<Grid> grids = new ArrayList<>();
  private final Map<GridCode, Community> communityOfGrid = new HashMap<>();
  private final List<Compound> compounds = new ArrayList<>();
  private final List<Building> buildings = new ArrayList<>();
  private final Map<GridCode, List<Building>> buildingsByGrid = new HashMap<>();
  private final Map<CompoundId, List<Building>> buildingsByCompound = new HashMap<>();
  private final Map<CommunityCode, Set<String>> companiesByCommunity = new HashMap<>();

  // organisation
  private final List<PartyOrganisation> partyOrganisations = new ArrayList<>();
  private final List<DistrictUnit> units = new ArrayList<>();
  private final List<DistrictUnit> departments = new ArrayList<>();
  private final Map<CommunityCode, List<DistrictUnit>> pairedUnits = new LinkedHashMap<>();
  private final Map<CommunityCode, List<JointCommitteeMember>> residentMembers = new HashMap<>();
  private final Map<String, PartyOrganisationId> companyOrganisations = new LinkedHashMap<>();
  private final List<Pairing> pairings = new ArrayList<>();
  private final Map<GridCode, PartyOrganisation> branches = new HashMap<>();
  private final Map<CommunityCode, PartyOrganisation> committees = new HashMap<>();

  // people
  private final List<Person> persons = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<FirstSecretary> firstSecretaries = new ArrayList<>();
  private final Map<CommunityCode, List<PersonId>> residentsByCommunity = new HashMap<>();
  private final Map<GridCode, List<PersonId>> postHoldersByGrid = new HashMap<>();
  private final List<PostClaim> claims = new ArrayList<>();
  private final Map<ServicePostId, Integer> claimsPerPost = new HashMap<>();
  private long[] cumulativeHouseholds = new long[0];
  private int registered;

  Populator(Territory base, Figures figures, PostTypeCatalogue catalogue, RandomGenerator rnd) {
    this.base = base;
    this.f = figures;
    this.postTypes = catalogue.types();
    this.rnd = rnd;
    this.from = figures.from();
    this.districtCode = base.district().code().value();
    this.villageLevel = List.copyOf(base.communities());
    checkFits();
  }

  private void checkFits() {
    if (!base.grids().isEmpty()) {
      refuse(
          "a population starts from streets and communities only; this territory already has "
              + base.grids().size()
              + " grids");
    }
    int n = villageLevel.size();
    if (n == 0) {
      refuse("a population needs one community or village at least; the territory has none");
    }
    if (f.grids() < n || f.grids() > 999L * n) {
      refuse(
          "each of the "
              + n
              + " communities and villages has between 1 and 999 grids, so "
              + f.grids()
              + " grids do not fit; try Figures.scaledTo(territory)");
    }
    if (f.pairedCommunities() > n) {
      refuse(
          f.pairedCommunities()
              + " communities are to be paired, but the territory has "
              + n
              + "; try Figures.scaledTo(territory)");
    }
    if (f.districtUnits() > f.pairedCommunities()
        || (f.districtUnits() == 0) != (f.pairedCommunities() == 0)) {
      refuse(
          "each of the "
              + f.districtUnits()
              + " district units is paired with one community or more of the "
              + f.pairedCommunities());
    }
    if (f.registeredPartyMembers() < f.districtUnits() + f.weakGridFirstSecretaries()) {
      refuse(
          "the "
              + f.registeredPartyMembers()
              + " registered Party members include each unit's leader and each first secretary of"
              + " a weak grid, "
              + (f.districtUnits() + f.weakGridFirstSecretaries())
              + " in all");
    }
    if (f.gridStations() > f.grids() || f.warmStations() > f.grids()) {
      refuse("a grid has at most one station of each kind; there are only " + f.grids());
    }
    if (f.localMenuItems() > Vocabulary.LOCAL_MENU.size()) {
      refuse(
          "the menu offers "
              + Vocabulary.LOCAL_MENU.size()
              + " local items at most, got "
              + f.localMenuItems());
    }
  }

  private static void refuse(String message) {
    throw new IllegalArgumentException(message);
  }

  PopulatedDistrict run() {
    Territory territory = territory();
    units();
    pairings();
    partyOrganisations();
    List<JointPartyCommittee> joint = jointCommittees();
    people();
    List<ServicePost> posts = servicePosts();
    List<VolunteerTeam> teams = new ArrayList<>();
    List<GridTeams> gridTeams = gridTeams(teams);
    teams.addAll(themedVolunteerTeams());
    ServiceSide service =
        new ServiceSide(
            f,
            rnd,
            villageLevel,
            departments,
            compounds,
            grids,
            communityOfGrid,
            this::communitiesFirst);
    List<Matter> matters = service.matters();
    ServiceMenu menu = service.menu();
    List<SelfGoverningOrganisation> selfGoverning = service.selfGoverning();
    List<Station> stations = service.stations();

    DistrictSnapshot snapshot =
        new DistrictSnapshot(
            territory,
            new DistrictSnapshot.Organisation(
                partyOrganisations, joint, units, pairings, selfGoverning, gridTeams),
            new DistrictSnapshot.People(persons, assignments, firstSecretaries, teams),
            new DistrictSnapshot.Posts(postTypes, posts, claims, Optional.of(menu)),
            new DistrictSnapshot.Lists(matters, List.of(), List.of(), List.of()),
            List.of(),
            DistrictSnapshot.Meetings.EMPTY);
    return new PopulatedDistrict(snapshot, stations, f);
  }

  // ---------------------------------------------------------------- territory

  /**
   * Apportions the grids over the communities and villages by weight (largest remainder), at least
   * one each and at most 999.
   */
  static int[] apportion(double[] weights, int total) {
    int n = weights.length;
    double sum = Arrays.stream(weights).sum();
    int[] counts = new int[n];
    double[] remainders = new double[n];
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      double quota = total * weights[i] / sum;
      counts[i] = Math.min(999, Math.max(1, (int) Math.floor(quota)));
      remainders[i] = quota - Math.floor(quota);
      assigned += counts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
    while (assigned < total) {
      for (int k = 0; k < n && assigned < total; k++) {
        if (counts[order[k]] < 999) {
          counts[order[k]]++;
          assigned++;
        }
      }
    }
    Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
    while (assigned > total) {
      for (int k = 0; k < n && assigned > total; k++) {
        if (counts[order[k]] > 1) {
          counts[order[k]]--;
          assigned--;
        }
      }
    }
    return counts;
  }

  static double weight(CommunityKind kind) {
    return switch (kind) {
      case COMMUNITY -> COMMUNITY_WEIGHT;
      case VILLAGE -> VILLAGE_WEIGHT;
      case OTHER -> OTHER_WEIGHT;
    };
  }

  private Territory territory() {
    double[] weights = new double[villageLevel.size()];
    for (int i = 0; i < weights.length; i++) {
      double jitter = 1.0 - JITTER + 2 * JITTER * rnd.nextDouble();
      weights[i] = weight(villageLevel.get(i).kind()) * jitter;
    }
    int[] counts = apportion(weights, f.grids());

    // Skeletons first: which compounds exist, then which of them are old, managed, renovated.
    record Skeleton(GridCode grid, Community community, int serial, boolean urban) {}
    List<Skeleton> skeletons = new ArrayList<>();
    Map<GridCode, GridType> types = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      Community c = villageLevel.get(i);
      int dedicated = 0;
      if (c.kind() == CommunityKind.COMMUNITY && counts[i] >= DEDICATED_FROM) {
        dedicated = rnd.nextDouble() < 0.4 ? (rnd.nextDouble() < 0.35 ? 2 : 1) : 0;
      }
      int basic = counts[i] - dedicated;
      for (int s = 1; s <= counts[i]; s++) {
        GridCode code = c.code().grid(s);
        communityOfGrid.put(code, c);
        if (s > basic) {
          types.put(code, COMMUNITY_DEDICATED.get(rnd.nextInt(COMMUNITY_DEDICATED.size())));
          continue;
        }
        types.put(code, GridType.BASIC);
        boolean urban = c.kind() == CommunityKind.COMMUNITY;
        int n = urban ? 1 + rnd.nextInt(3) : 1 + rnd.nextInt(2);
        for (int k = 1; k <= n; k++) {
          skeletons.add(new Skeleton(code, c, k, urban));
        }
      }
    }

    // Old compounds are drawn from the urban ones first, then from the rest.
    List<Integer> urban = new ArrayList<>();
    List<Integer> rural = new ArrayList<>();
    for (int i = 0; i < skeletons.size(); i++) {
      (skeletons.get(i).urban() ? urban : rural).add(i);
    }
    shuffle(urban);
    shuffle(rural);
    List<Integer> pool = new ArrayList<>(urban);
    pool.addAll(rural);
    if (f.oldCompounds() > pool.size()) {
      refuse(
          f.oldCompounds()
              + " old compounds are wanted, but the grids hold "
              + pool.size()
              + " compounds; try Figures.scaledTo(territory)");
    }
    int[] oldRank = new int[skeletons.size()];
    Arrays.fill(oldRank, -1);
    for (int r = 0; r < f.oldCompounds(); r++) {
      oldRank[pool.get(r)] = r;
    }

    Map<CommunityCode, Integer> villageGroups = new HashMap<>();
    for (int i = 0; i < skeletons.size(); i++) {
      Skeleton s = skeletons.get(i);
      int rank = oldRank[i];
      CompoundId id = CompoundId.of("C" + s.grid().value() + "-" + s.serial());
      Compound compound;
      int floorsFrom;
      int floorsTo;
      int perFloorFrom;
      int perFloorTo;
      int buildingsFrom;
      int buildingsTo;
      if (rank >= 0) {
        boolean managed = rank < f.managedOldCompounds();
        PropertyMode mode =
            managed ? MANAGED_MODES.get(rnd.nextInt(MANAGED_MODES.size())) : PropertyMode.NONE;
        Optional<String> company =
            mode == PropertyMode.PROFESSIONAL
                ? Optional.of(company(s.community()))
                : Optional.empty();
        double fee = managed ? round2(0.4 + 0.5 * rnd.nextDouble()) : 0.0;
        Set<Renovation> renovations = EnumSet.noneOf(Renovation.class);
        if (rank < f.renovatedOldCompounds()) {
          Renovation[] all = Renovation.values();
          int n = 1 + rnd.nextInt(3);
          for (int k = 0; k < n; k++) {
            renovations.add(all[rnd.nextInt(all.length)]);
          }
        }
        String name = pick(Vocabulary.PLACE_WORDS) + pick(Vocabulary.OLD_COMPOUND_SUFFIXES);
        compound = new Compound(id, name, s.grid(), mode, company, fee, renovations, true);
        floorsFrom = 4;
        floorsTo = 8;
        perFloorFrom = 2;
        perFloorTo = 4;
        buildingsFrom = 2;
        buildingsTo = 8;
      } else if (s.urban()) {
        String name = pick(Vocabulary.PLACE_WORDS) + pick(Vocabulary.COMPOUND_SUFFIXES);
        compound =
            new Compound(
                id,
                name,
                s.grid(),
                PropertyMode.PROFESSIONAL,
                Optional.of(company(s.community())),
                round2(0.75 + 0.23 * rnd.nextDouble()),
                Set.of(),
                false);
        floorsFrom = 8;
        floorsTo = 27;
        perFloorFrom = 2;
        perFloorTo = 5;
        buildingsFrom = 3;
        buildingsTo = 11;
      } else {
        int group = villageGroups.merge(s.community().code(), 1, Integer::sum);
        String name = shortName(s.community()) + group + "组";
        compound = Compound.of(id, name, s.grid(), PropertyMode.NONE, false);
        floorsFrom = 2;
        floorsTo = 5;
        perFloorFrom = 1;
        perFloorTo = 2;
        buildingsFrom = 4;
        buildingsTo = 13;
      }
      compounds.add(compound);
      int n = rnd.nextInt(buildingsFrom, buildingsTo);
      List<Building> ofCompound = new ArrayList<>(n);
      for (int b = 1; b <= n; b++) {
        int floors = rnd.nextInt(floorsFrom, floorsTo);
        int households = floors * rnd.nextInt(perFloorFrom, perFloorTo);
        boolean lift = (s.urban() && rank < 0) || compound.renovations().contains(Renovation.LIFT);
        Building building =
            new Building(
                BuildingId.of("B" + s.grid().value() + "-" + s.serial() + "-" + b),
                id,
                b + (s.urban() || rank >= 0 ? "号楼" : "号"),
                floors,
                households,
                lift);
        ofCompound.add(building);
        buildings.add(building);
        buildingsByGrid.computeIfAbsent(s.grid(), g -> new ArrayList<>()).add(building);
      }
      buildingsByCompound.put(id, ofCompound);
    }

    Territory.Builder builder = base.toBuilder();
    for (Map.Entry<GridCode, GridType> e : types.entrySet()) {
      GridCode code = e.getKey();
      Community c = communityOfGrid.get(code);
      int households =
          buildingsByGrid.getOrDefault(code, List.of()).stream()
              .mapToInt(Building::households)
              .sum();
      String name =
          e.getValue() == GridType.BASIC
              ? shortName(c) + "第" + code.serial() + "网格"
              : shortName(c) + dedicatedLabel(e.getValue()) + "专属网格";
      Grid grid = new Grid(code, name, e.getValue(), households);
      grids.add(grid);
      builder.add(grid);
    }
    compounds.forEach(builder::add);
    buildings.forEach(builder::add);

    cumulativeHouseholds = new long[grids.size()];
    long total = 0;
    for (int i = 0; i < grids.size(); i++) {
      total += grids.get(i).households();
      cumulativeHouseholds[i] = total;
    }
    return builder.build();
  }

  private String company(Community community) {
    String name = pick(Vocabulary.PROPERTY_COMPANIES);
    companiesByCommunity.computeIfAbsent(community.code(), c -> new LinkedHashSet<>()).add(name);
    return name;
  }

  private static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static String dedicatedLabel(GridType type) {
    return switch (type) {
      case SCHOOL -> "学校";
      case HOSPITAL -> "医院";
      case MARKET -> "农贸市场";
      case INDUSTRIAL_PARK -> "产业园";
      case INSTITUTION -> "机关单位";
      case BUSINESS_DISTRICT -> "商圈";
      case SCENIC_AREA -> "景区";
      case CONSTRUCTION_SITE -> "建设工地";
      case BASIC -> "";
    };
  }

  /** The name in daily use: 站前社区委员会 → 站前社区, 鼓一村委会 → 鼓一村. */
  static String shortName(Community community) {
    String name = community.name();
    for (String[] suffix :
        new String[][] {
          {"社区居民委员会", "社区"},
          {"社区委员会", "社区"},
          {"社区居委会", "社区"},
          {"村民委员会", "村"},
          {"村委会", "村"},
          {"居民委员会", ""},
          {"居委会", ""},
          {"委员会", ""}
        }) {
      if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
        return name.substring(0, name.length() - suffix[0].length()) + suffix[1];
      }
    }
    return name;
  }

  // ------------------------------------------------------------- organisation

  private void units() {
    for (int i = 0; i < f.districtUnits(); i++) {
      String name =
          i < Vocabulary.DEPARTMENTS.size()
              ? Vocabulary.DEPARTMENTS.get(i)
              : "区直共建单位" + (i + 1 - Vocabulary.DEPARTMENTS.size());
      UnitId id = UnitId.of(String.format("U%03d", i + 1));
      PartyOrganisationId po = PartyOrganisationId.of("PO-" + id.value());
      partyOrganisations.add(PartyOrganisation.ofUnit(po, name + "机关党组织"));
      DistrictUnit unit = new DistrictUnit(id, name, UnitKind.DISTRICT_DEPARTMENT, Optional.of(po));
      units.add(unit);
      departments.add(unit);
    }
    // A dedicated grid is the ground of a resident unit: a school, a hospital, a market.
    int serial = 0;
    for (Grid grid : grids) {
      if (!grid.type().dedicated()) {
        continue;
      }
      serial++;
      UnitId id = UnitId.of(String.format("R%03d", serial));
      PartyOrganisationId po = PartyOrganisationId.of("PO-" + id.value());
      String name = pick(Vocabulary.PLACE_WORDS) + residentUnitSuffix(grid.type());
      partyOrganisations.add(PartyOrganisation.ofUnit(po, name + "党支部"));
      units.add(new DistrictUnit(id, name, UnitKind.RESIDENT_UNIT, Optional.of(po)));
      JointCommitteeRole role =
          switch (grid.type()) {
            case SCHOOL, HOSPITAL, INSTITUTION -> JointCommitteeRole.PUBLIC_INSTITUTION;
            case BUSINESS_DISTRICT, INDUSTRIAL_PARK ->
                JointCommitteeRole.NEW_ECONOMIC_OR_SOCIAL_ORGANISATION;
            default -> JointCommitteeRole.RESIDENT_UNIT;
          };
      residentMembers
          .computeIfAbsent(grid.community(), c -> new ArrayList<>())
          .add(JointCommitteeMember.of(po, role, id));
    }
    int company = 0;
    for (String name : Vocabulary.PROPERTY_COMPANIES) {
      company++;
      PartyOrganisationId po = PartyOrganisationId.of(String.format("PO-P%02d", company));
      companyOrganisations.put(name, po);
      partyOrganisations.add(PartyOrganisation.ofUnit(po, name + "党支部"));
    }
  }

  private static String residentUnitSuffix(GridType type) {
    return switch (type) {
      case SCHOOL -> "小学";
      case HOSPITAL -> "医院";
      case MARKET -> "农贸市场";
      case INDUSTRIAL_PARK -> "产业园";
      case INSTITUTION -> "行政中心";
      case BUSINESS_DISTRICT -> "商业广场";
      case SCENIC_AREA -> "景区";
      case CONSTRUCTION_SITE -> "项目部";
      case BASIC -> "单位";
    };
  }

  /**
   * Pairs the units with communities: communities first, villages only if there are too few; the
   * paired ones in territory order are cut into consecutive runs, one run per unit, so that a unit
   * paired 1:n takes neighbouring communities.
   */
  private void pairings() {
    List<Community> communities = new ArrayList<>();
    List<Community> others = new ArrayList<>();
    for (Community c : villageLevel) {
      (c.kind() == CommunityKind.COMMUNITY ? communities : others).add(c);
    }
    Set<Community> chosen = new LinkedHashSet<>();
    List<Community> firstChoice = new ArrayList<>(communities);
    shuffle(firstChoice);
    List<Community> secondChoice = new ArrayList<>(others);
    shuffle(secondChoice);
    firstChoice.addAll(secondChoice);
    chosen.addAll(firstChoice.subList(0, f.pairedCommunities()));
    List<Community> paired = villageLevel.stream().filter(chosen::contains).toList();

    int u = departments.size();
    if (u == 0) {
      return;
    }
    int each = paired.size() / u;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < u; i++) {
      order.add(i);
    }
    shuffle(order);
    boolean[] extra = new boolean[u];
    for (int k = 0; k < paired.size() % u; k++) {
      extra[order.get(k)] = true;
    }
    int next = 0;
    for (int i = 0; i < u; i++) {
      DistrictUnit unit = departments.get(i);
      int n = each + (extra[i] ? 1 : 0);
      Set<CommunityCode> codes = new LinkedHashSet<>();
      for (Community c : paired.subList(next, next + n)) {
        codes.add(c.code());
        pairedUnits.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(unit);
      }
      next += n;
      pairings.add(new Pairing(unit.id(), codes, from));
    }
  }

  private void partyOrganisations() {
    for (Community c : villageLevel) {
      PartyOrganisation committee =
          PartyOrganisation.communityCommittee(
              PartyOrganisationId.of("PO-C" + c.code().value()), shortName(c) + "党委", c.code());
      committees.put(c.code(), committee);
      partyOrganisations.add(committee);
    }
    for (Grid grid : grids) {
      PartyOrganisation branch =
          PartyOrganisation.gridBranch(
              PartyOrganisationId.of("PO-G" + grid.code().value()),
              grid.name() + "党支部",
              grid.code(),
              committees.get(grid.community()).id());
      branches.put(grid.code(), branch);
      partyOrganisations.add(branch);
    }
  }

  private List<JointPartyCommittee> jointCommittees() {
    List<JointPartyCommittee> all = new ArrayList<>();
    for (Community c : villageLevel) {
      List<JointCommitteeMember> members = new ArrayList<>();
      for (DistrictUnit unit : pairedUnits.getOrDefault(c.code(), List.of())) {
        members.add(
            JointCommitteeMember.of(
                unit.partyOrganisation().orElseThrow(), JointCommitteeRole.PAIRED_UNIT, unit.id()));
      }
      members.addAll(residentMembers.getOrDefault(c.code(), List.of()));
      for (String company : companiesByCommunity.getOrDefault(c.code(), Set.of())) {
        members.add(
            new JointCommitteeMember(
                companyOrganisations.get(company),
                JointCommitteeRole.PROPERTY_COMPANY,
                Optional.empty()));
      }
      all.add(new JointPartyCommittee(c.code(), committees.get(c.code()).id(), members));
    }
    return all;
  }

  // ------------------------------------------------------------------ people

  private void people() {
    for (Grid grid : grids) {
      Person worker = person(Set.of(Role.RESIDENT), grid.code(), Optional.empty(), Set.of(), null);
      assignments.add(Assignment.gridWorker(worker.id(), grid.code(), from));
    }
    for (Compound compound : compounds) {
      List<Building> ofCompound = buildingsByCompound.get(compound.id());
      // Old compounds have no property service, so every building there has its chief.
      List<Building> chiefs = compound.oldCompound() ? ofCompound : ofCompound.subList(0, 1);
      for (Building b : chiefs) {
        Person chief =
            person(
                Set.of(Role.RESIDENT, Role.VOLUNTEER),
                compound.grid(),
                Optional.of(b.id()),
                Set.of(),
                null);
        assignments.add(Assignment.buildingChief(chief.id(), compound.grid(), b.id(), from));
      }
    }
    for (Grid grid : grids) {
      if (grid.type() == GridType.BASIC && rnd.nextBoolean()) {
        String lane = pick(Vocabulary.PLACE_WORDS) + pick(Vocabulary.LANE_SUFFIXES);
        Person chief =
            person(
                Set.of(Role.RESIDENT, Role.VOLUNTEER),
                grid.code(),
                Optional.empty(),
                Set.of(),
                null);
        assignments.add(Assignment.laneChief(chief.id(), grid.code(), lane, from));
      }
    }
    unitLeaders();
    weakGridSecretaries();
    postHolders();
    while (registered < f.registeredPartyMembers()) {
      GridCode home = homeGrid();
      registeredMember(Set.of(Role.RESIDENT, Role.PARTY_MEMBER), home, Set.of(), status());
    }
  }

  /** Each unit's Party leader is the first secretary of the communities it is paired with. */
  private void unitLeaders() {
    for (Pairing pairing : pairings) {
      DistrictUnit unit = unit(pairing.unit());
      CommunityCode first =
          pairing.communities().stream()
              .min((a, b) -> a.value().compareTo(b.value()))
              .orElseThrow();
      GridCode grid = first.grid(1);
      Person leader =
          member(
              Set.of(Role.CADRE, Role.PARTY_MEMBER),
              grid,
              Set.of(),
              MembershipStatus.IN_SERVICE,
              unit.partyOrganisation().orElseThrow());
      pairing.communities().stream()
          .sorted((a, b) -> a.value().compareTo(b.value()))
          .forEach(
              c ->
                  firstSecretaries.add(
                      FirstSecretary.ofCommunity(leader.id(), unit.id(), c, from)));
    }
  }

  private void weakGridSecretaries() {
    List<Grid> candidates = new ArrayList<>();
    for (Grid grid : grids) {
      if (grid.type() == GridType.BASIC && pairedUnits.containsKey(grid.community())) {
        candidates.add(grid);
      }
    }
    if (f.weakGridFirstSecretaries() > candidates.size()) {
      refuse(
          f.weakGridFirstSecretaries()
              + " weak grids are wanted in the paired communities, which have "
              + candidates.size()
              + " basic grids");
    }
    shuffle(candidates);
    List<Grid> weak = new ArrayList<>(candidates.subList(0, f.weakGridFirstSecretaries()));
    weak.sort((a, b) -> a.code().value().compareTo(b.code().value()));
    for (Grid grid : weak) {
      List<DistrictUnit> paired = pairedUnits.get(grid.community());
      DistrictUnit unit = paired.get(rnd.nextInt(paired.size()));
      Person secretary =
          member(
              Set.of(Role.CADRE, Role.PARTY_MEMBER),
              grid.code(),
              Set.of(),
              MembershipStatus.IN_SERVICE,
              unit.partyOrganisation().orElseThrow());
      firstSecretaries.add(
          FirstSecretary.ofWeakGrid(
              secretary.id(),
              unit.id(),
              branches.get(grid.code()),
              from.plusDays(rnd.nextInt(90))));
    }
  }

  /**
   * The post holders: the post types in turn, so each type has its share; a holder claims the post
   * of their type in their home grid. Some are registered Party members, the rest capable
   * residents.
   */
  private void postHolders() {
    int n = f.postHolders();
    int party =
        (int)
            Math.min(
                Math.round(n * PARTY_SHARE_OF_POST_HOLDERS),
                (long) f.registeredPartyMembers() - registered);
    boolean[] isParty = new boolean[n];
    for (int i = 0; i < party; i++) {
      isParty[i] = true;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      boolean t = isParty[i];
      isParty[i] = isParty[j];
      isParty[j] = t;
    }
    for (int i = 0; i < n; i++) {
      int t = i % postTypes.size();
      PostType type = postTypes.get(t);
      GridCode home = homeGrid();
      Set<Skill> skills = skillsFor(type);
      Person holder;
      if (isParty[i]) {
        MembershipStatus status =
            rnd.nextInt(3) == 0 ? MembershipStatus.RETIRED : MembershipStatus.IN_SERVICE;
        holder =
            registeredMember(
                Set.of(Role.RESIDENT, Role.PARTY_MEMBER, Role.VOLUNTEER), home, skills, status);
      } else {
        holder =
            person(
                Set.of(Role.RESIDENT, Role.CAPABLE_RESIDENT, Role.VOLUNTEER),
                home,
                building(home),
                skills,
                null);
      }
      ServicePostId post = postId(home, t);
      claimsPerPost.merge(post, 1, Integer::sum);
      claims.add(new PostClaim(post, holder.id(), from.plusDays(rnd.nextInt(365))));
      postHoldersByGrid.computeIfAbsent(home, g -> new ArrayList<>()).add(holder.id());
    }
  }

  private Set<Skill> skillsFor(PostType type) {
    List<Skill> fitting = SKILLS_BY_POST_TYPE.getOrDefault(type.code(), GENERAL_SKILLS);
    Set<Skill> skills = new LinkedHashSet<>();
    skills.add(fitting.get(rnd.nextInt(fitting.size())));
    if (rnd.nextInt(3) == 0) {
      skills.add(GENERAL_SKILLS.get(rnd.nextInt(GENERAL_SKILLS.size())));
    }
    return skills;
  }

  private MembershipStatus status() {
    int r = rnd.nextInt(100);
    if (r < 55) {
      return MembershipStatus.IN_SERVICE;
    }
    if (r < 90) {
      return MembershipStatus.RETIRED;
    }
    if (r < 95) {
      return MembershipStatus.FLOATING;
    }
    return r < 98 ? MembershipStatus.STUDENT : MembershipStatus.PROBATIONARY;
  }

  /**
   * A registered Party member: one in service belongs to a unit's organisation (a district unit's
   * when there are some), any other to the grid Party branch of their home grid.
   */
  private Person registeredMember(
      Set<Role> roles, GridCode home, Set<Skill> skills, MembershipStatus status) {
    PartyOrganisationId organisation =
        status == MembershipStatus.IN_SERVICE && !departments.isEmpty()
            ? departments.get(rnd.nextInt(departments.size())).partyOrganisation().orElseThrow()
            : branches.get(home).id();
    return member(roles, home, skills, status, organisation);
  }

  private Person member(
      Set<Role> roles,
      GridCode home,
      Set<Skill> skills,
      MembershipStatus status,
      PartyOrganisationId organisation) {
    Optional<BuildingId> building = building(home);
    Registration registration = new Registration(home, building, from.plusDays(rnd.nextInt(365)));
    PartyMembership membership =
        new PartyMembership(organisation, status, Optional.of(registration));
    registered++;
    return person(roles, home, building, skills, membership);
  }

  private Person person(
      Set<Role> roles,
      GridCode home,
      Optional<BuildingId> building,
      Set<Skill> skills,
      PartyMembership membership) {
    Person p =
        new Person(
            PersonId.of("P" + pad(persons.size() + 1, 6)),
            name(),
            phone(),
            Optional.of(idNumber()),
            roles,
            home,
            building,
            skills,
            Optional.ofNullable(membership));
    persons.add(p);
    residentsByCommunity.computeIfAbsent(home.community(), c -> new ArrayList<>()).add(p.id());
    return p;
  }

  /** A home grid drawn in proportion to the grids' households. */
  private GridCode homeGrid() {
    long total = cumulativeHouseholds[cumulativeHouseholds.length - 1];
    if (total == 0) {
      return grids.get(rnd.nextInt(grids.size())).code();
    }
    long r = rnd.nextLong(total);
    int i = Arrays.binarySearch(cumulativeHouseholds, r + 1);
    if (i < 0) {
      i = -i - 1;
    }
    return grids.get(i).code();
  }

  private Optional<BuildingId> building(GridCode grid) {
    List<Building> in = buildingsByGrid.get(grid);
    return in == null ? Optional.empty() : Optional.of(in.get(rnd.nextInt(in.size())).id());
  }

  private PersonName name() {
    String given = Vocabulary.GIVEN_NAME_CHARACTERS;
    StringBuilder b = new StringBuilder(pick(Vocabulary.SURNAMES));
    int length = rnd.nextInt(4) == 0 ? 1 : 2;
    for (int i = 0; i < length; i++) {
      b.append(given.charAt(rnd.nextInt(given.length())));
    }
    return PersonName.of(b.toString());
  }

  private PhoneNumber phone() {
    return PhoneNumber.of("1" + (3 + rnd.nextInt(7)) + pad(rnd.nextInt(1_000_000_000), 9));
  }

  /** An ID number of the district, born 1945 to 2004, with its GB 11643 check character. */
  private IdNumber idNumber() {
    LocalDate born = LocalDate.of(1945, 1, 1).plusDays(rnd.nextInt(60 * 365));
    String first17 =
        districtCode
            + born.getYear()
            + pad(born.getMonthValue(), 2)
            + pad(born.getDayOfMonth(), 2)
            + pad(rnd.nextInt(1000), 3);
    return IdNumber.of(first17 + IdNumber.checkCharacter(first17));
  }

  /** Zero-padded digits; {@code String.format} is too slow for tens of thousands of people. */
  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private DistrictUnit unit(UnitId id) {
    return departments.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------- posts

  private static ServicePostId postId(GridCode grid, int type) {
    return ServicePostId.of("SP" + grid.value() + "-" + (type + 1));
  }

  /** Every grid has one post of each type, with room for those who claimed it. */
  private List<ServicePost> servicePosts() {
    List<ServicePost> posts = new ArrayList<>(grids.size() * postTypes.size());
    for (Grid grid : grids) {
      for (int t = 0; t < postTypes.size(); t++) {
        ServicePostId id = postId(grid.code(), t);
        int capacity = Math.max(POST_CAPACITY, claimsPerPost.getOrDefault(id, 0));
        posts.add(new ServicePost(id, grid.code(), postTypes.get(t), capacity));
      }
    }
    return posts;
  }

  /** Each grid's two teams: its Party branch and its volunteer service team of post holders. */
  private List<GridTeams> gridTeams(List<VolunteerTeam> teams) {
    List<GridTeams> all = new ArrayList<>(grids.size());
    for (Grid grid : grids) {
      VolunteerTeamId id = VolunteerTeamId.of("VT-G" + grid.code().value());
      teams.add(
          new VolunteerTeam(
              id,
              grid.name() + "志愿服务队",
              Area.of(grid.code()),
              Set.copyOf(postHoldersByGrid.getOrDefault(grid.code(), List.of()))));
      all.add(GridTeams.of(branches.get(grid.code()), id));
    }
    return all;
  }

  /**
   * The themed volunteer teams of communities, handed out in turn over the communities (then the
   * villages) in a drawn order, each with a few residents of its community.
   */
  private List<VolunteerTeam> themedVolunteerTeams() {
    List<Community> order = communitiesFirst();
    List<VolunteerTeam> teams = new ArrayList<>();
    Map<CommunityCode, Integer> perCommunity = new HashMap<>();
    int themeOffset = rnd.nextInt(Vocabulary.VOLUNTEER_THEMES.size());
    for (int i = 0; i < f.volunteerTeams(); i++) {
      Community c = order.get(i % order.size());
      int k = perCommunity.merge(c.code(), 1, Integer::sum) - 1;
      List<String> themes = Vocabulary.VOLUNTEER_THEMES;
      String theme = themes.get((themeOffset + i + k) % themes.size());
      String suffix = k < themes.size() ? "" : String.valueOf(k / themes.size() + 1);
      Set<PersonId> members = new LinkedHashSet<>();
      List<PersonId> residents = residentsByCommunity.getOrDefault(c.code(), List.of());
      int size = residents.isEmpty() ? 0 : 3 + rnd.nextInt(10);
      for (int m = 0; m < size; m++) {
        members.add(residents.get(rnd.nextInt(residents.size())));
      }
      teams.add(
          new VolunteerTeam(
              VolunteerTeamId.of(String.format("VT-C%03d", i + 1)),
              shortName(c) + theme + "志愿服务队" + suffix,
              Area.of(c.code()),
              members));
    }
    return teams;
  }

  private List<Community> communitiesFirst() {
    List<Community> communities = new ArrayList<>();
    List<Community> others = new ArrayList<>();
    for (Community c : villageLevel) {
      (c.kind() == CommunityKind.COMMUNITY ? communities : others).add(c);
    }
    shuffle(communities);
    shuffle(others);
    communities.addAll(others);
    return communities;
  }

  // ---------------------------------------------------------------- drawing

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private <T> void shuffle(List<T> list) {
    Draws.shuffle(rnd, list);
  }
}
