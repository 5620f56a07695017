package org.gridgov.core.io;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.GovernanceProject;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.lists.MatterId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ProjectStatus;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.meeting.ConsultationMeeting;
import org.gridgov.core.meeting.ConsultationMeetingId;
import org.gridgov.core.meeting.ConsultationSession;
import org.gridgov.core.meeting.Decision;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.JointMeetingId;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.SessionResult;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.GridTeams;
import org.gridgov.core.organisation.JointCommitteeMember;
import org.gridgov.core.organisation.JointCommitteeRole;
import org.gridgov.core.organisation.JointPartyCommittee;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationId;
import org.gridgov.core.organisation.PartyOrganisationKind;
import org.gridgov.core.organisation.SelfGoverningKind;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.organisation.SelfGoverningOrganisationId;
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
import org.gridgov.core.post.MenuItem;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.PostTypeCatalogue;
import org.gridgov.core.post.ServiceMenu;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.post.ServicePostId;
import org.gridgov.core.territory.Building;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.Renovation;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;

/**
 * A district snapshot of Jin'an in which every section and every kind of record appears at least
 * once: grids of both kinds, compounds in every property mode, every kind of Party organisation,
 * 1:1 and 1:n pairings, the "two chiefs and one member", both kinds of first secretary, the lists,
 * orders that went through most of the lifecycle, and both kinds of meeting.
 */
final class SnapshotFixtures {

  /** 站前社区, 茶园街道: the community most of the snapshot happens in. */
  static final CommunityCode ZHANQIAN = CommunityCode.of("350111001001");

  /** 站东社区, 茶园街道. */
  static final CommunityCode ZHANDONG = CommunityCode.of("350111001003");

  /** 茶会社区, 鼓山镇. */
  static final CommunityCode CHAHUI = CommunityCode.of("350111100001");

  static final GridCode ZHANQIAN_1 = ZHANQIAN.grid(1);
  static final GridCode ZHANQIAN_2 = ZHANQIAN.grid(2);
  static final GridCode SCHOOL_GRID = ZHANQIAN.grid(801);
  static final GridCode ZHANDONG_1 = ZHANDONG.grid(1);
  static final GridCode CHAHUI_1 = CHAHUI.grid(1);
  static final GridCode MARKET_GRID = CHAHUI.grid(901);

  static final CompoundId FUXIN_GARDEN = CompoundId.of("fuxin-garden");
  static final CompoundId ZHANQIAN_NEW_VILLAGE = CompoundId.of("zhanqian-new-village");
  static final CompoundId RAILWAY_DORMITORY = CompoundId.of("railway-dormitory");
  static final CompoundId DONGPU_COMPOUND = CompoundId.of("dongpu-compound");
  static final CompoundId CHAHUI_XINYUAN = CompoundId.of("chahui-xinyuan");

  static final BuildingId FUXIN_1 = BuildingId.of("fuxin-garden-1");
  static final BuildingId NEW_VILLAGE_3 = BuildingId.of("zhanqian-new-village-3");
  static final BuildingId RAILWAY_5 = BuildingId.of("railway-dormitory-5");
  static final BuildingId DONGPU_2 = BuildingId.of("dongpu-compound-2");

  static final PartyOrganisationId ZHANQIAN_COMMITTEE = PartyOrganisationId.of("po-zhanqian");
  static final PartyOrganisationId ZHANDONG_GENERAL_BRANCH = PartyOrganisationId.of("po-zhandong");
  static final PartyOrganisationId CHAHUI_BRANCH = PartyOrganisationId.of("po-chahui");
  static final PartyOrganisationId ZHANQIAN_1_BRANCH = PartyOrganisationId.of("po-zhanqian-g1");
  static final PartyOrganisationId ZHANQIAN_2_BRANCH = PartyOrganisationId.of("po-zhanqian-g2");
  static final PartyOrganisationId CHAHUI_1_BRANCH = PartyOrganisationId.of("po-chahui-g1");
  static final PartyOrganisationId ZHANQIAN_1_GROUP = PartyOrganisationId.of("po-zhanqian-g1-b3");
  static final PartyOrganisationId HOUSING_BUREAU_PARTY = PartyOrganisationId.of("po-housing");
  static final PartyOrganisationId PROPERTY_COMPANY_PARTY = PartyOrganisationId.of("po-rongqiao");
  static final PartyOrganisationId SCHOOL_PARTY = PartyOrganisationId.of("po-no8-school");

  static final UnitId HOUSING_BUREAU = UnitId.of("jinan-housing-bureau");
  static final UnitId CIVIL_AFFAIRS_BUREAU = UnitId.of("jinan-civil-affairs-bureau");
  static final UnitId NO8_SCHOOL = UnitId.of("fuzhou-no8-school");
  static final UnitId RONGQIAO_PROPERTY = UnitId.of("rongqiao-property");

  static final SelfGoverningOrganisationId FUXIN_OWNERS =
      SelfGoverningOrganisationId.of("sg-fuxin");
  static final SelfGoverningOrganisationId ZHANQIAN_COUNCIL =
      SelfGoverningOrganisationId.of("sg-zhanqian-council");
  static final SelfGoverningOrganisationId CHAHUI_CEREMONIES =
      SelfGoverningOrganisationId.of("sg-chahui-ceremonies");

  static final VolunteerTeamId ZHANQIAN_1_VOLUNTEERS = VolunteerTeamId.of("vt-zhanqian-g1");
  static final VolunteerTeamId CHAHUI_1_VOLUNTEERS = VolunteerTeamId.of("vt-chahui-g1");
  static final VolunteerTeamId ZHANQIAN_WOMEN = VolunteerTeamId.of("vt-zhanqian-women");

  static final PersonId GRID_WORKER = PersonId.of("p-lin-jianhua");
  static final PersonId BUILDING_CHIEF = PersonId.of("p-chen-meiling");
  static final PersonId CAPABLE_RESIDENT = PersonId.of("p-wang-zhiqiang");
  static final PersonId IN_SERVICE_MEMBER = PersonId.of("p-huang-li");
  static final PersonId LANE_CHIEF = PersonId.of("p-zheng-guo");
  static final PersonId COMMUNITY_SECRETARY = PersonId.of("p-ouyang-ming");
  static final PersonId GRID_SECRETARY = PersonId.of("p-liu-yang");
  static final PersonId RESIDENT = PersonId.of("p-zhang-xiuying");

  static final ServicePostId GUIDANCE_POST = ServicePostId.of("post-zhanqian-g1-guidance");
  static final ServicePostId SUPERVISION_POST = ServicePostId.of("post-zhanqian-g1-property");
  static final ServicePostId RELIEF_POST = ServicePostId.of("post-chahui-g1-relief");

  static final DemandId LIFT_DEMAND = DemandId.of("D-2024-0012");
  static final DemandId CHARGING_DEMAND = DemandId.of("D-2024-0031");
  static final DemandId PROPERTY_DEMAND = DemandId.of("D-2024-0047");
  static final DemandId WIRING_DEMAND = DemandId.of("D-2024-0058");

  static final ResourceId HOUSING_FUNDS = ResourceId.of("R-housing-funds");
  static final ResourceId PLUMBING_SKILL = ResourceId.of("R-wang-plumbing");
  static final ResourceId SCHOOL_HALL = ResourceId.of("R-no8-hall");

  static final ProjectId LIFT_PROJECT = ProjectId.of("P-2024-lift");
  static final ProjectId CHARGING_PROJECT = ProjectId.of("P-2024-charging");
  static final ProjectId PROPERTY_PROJECT = ProjectId.of("P-2024-property");
  static final ProjectId GREENING_PROJECT = ProjectId.of("P-2023-greening");

  static final WorkOrderId LIFT_ORDER = WorkOrderId.of("WO-2024-0101");
  static final WorkOrderId CHARGING_ORDER = WorkOrderId.of("WO-2024-0102");
  static final WorkOrderId DUPLICATE_ORDER = WorkOrderId.of("WO-2024-0103");
  static final WorkOrderId WIRING_ORDER = WorkOrderId.of("WO-2024-0104");
  static final WorkOrderId MEETING_ORDER = WorkOrderId.of("WO-2024-0105");

  static final Instant T0 = Instant.parse("2024-01-08T01:30:00Z");

  private SnapshotFixtures() {}

  /** The whole rich snapshot. */
  static DistrictSnapshot rich() {
    return new DistrictSnapshot(
        territory(), organisation(), people(), posts(), lists(), orders(), meetings());
  }

  static Territory territory() {
    Compound fuxin =
        new Compound(
            FUXIN_GARDEN,
            "福新花园",
            ZHANQIAN_1,
            PropertyMode.PROFESSIONAL,
            Optional.of("福州融侨物业服务有限公司"),
            0.92,
            Set.of(Renovation.EV_CHARGING),
            false);
    Compound newVillage =
        Compound.of(ZHANQIAN_NEW_VILLAGE, "站前新村", ZHANQIAN_1, PropertyMode.NONE, true)
            .withPropertyMode(PropertyMode.COMMUNITY_RUN, Optional.empty())
            .renovated(Renovation.LIFT)
            .renovated(Renovation.PARKING)
            .renovated(Renovation.WALL_REMOVAL);
    Compound railway =
        new Compound(
            RAILWAY_DORMITORY,
            "铁路宿舍",
            ZHANQIAN_2,
            PropertyMode.OWNER_INSTITUTION_ASSISTED,
            Optional.empty(),
            0.6,
            Set.of(Renovation.UTILITIES, Renovation.FACADE_AND_ROOF),
            true);
    Compound dongpu =
        new Compound(
            DONGPU_COMPOUND,
            "东浦小区",
            ZHANDONG_1,
            PropertyMode.SELF_MANAGED,
            Optional.empty(),
            0.4,
            Set.of(Renovation.GREENING, Renovation.PUBLIC_FACILITIES),
            true);
    Compound chahui = Compound.of(CHAHUI_XINYUAN, "茶会新苑", CHAHUI_1, PropertyMode.NONE, true);
    return new HierarchyJson()
        .readJinan().territory().toBuilder()
            .add(new Grid(ZHANQIAN_1, "站前社区第一网格", GridType.BASIC, 420))
            .add(new Grid(ZHANQIAN_2, "站前社区第二网格", GridType.BASIC, 385))
            .add(new Grid(SCHOOL_GRID, "福州第八中学专属网格", GridType.SCHOOL, 0))
            .add(new Grid(ZHANDONG_1, "站东社区第一网格", GridType.BASIC, 512))
            .add(new Grid(CHAHUI_1, "茶会社区第一网格", GridType.BASIC, 298))
            .add(new Grid(MARKET_GRID, "茶会农贸市场专属网格", GridType.MARKET, 12))
            .add(fuxin)
            .add(newVillage)
            .add(railway)
            .add(dongpu)
            .add(chahui)
            .add(new Building(FUXIN_1, FUXIN_GARDEN, "1号楼", 18, 144, true))
            .add(new Building(NEW_VILLAGE_3, ZHANQIAN_NEW_VILLAGE, "3号楼", 6, 36, true))
            .add(new Building(RAILWAY_5, RAILWAY_DORMITORY, "5号楼", 7, 42, false))
            .add(new Building(DONGPU_2, DONGPU_COMPOUND, "2座", 5, 30, false))
            .build();
  }

  static DistrictSnapshot.Organisation organisation() {
    List<PartyOrganisation> parties =
        List.of(
            PartyOrganisation.communityCommittee(ZHANQIAN_COMMITTEE, "中共站前社区委员会", ZHANQIAN),
            new PartyOrganisation(
                ZHANDONG_GENERAL_BRANCH,
                "中共站东社区总支部委员会",
                PartyOrganisationKind.COMMUNITY_GENERAL_BRANCH,
                Optional.empty(),
                Optional.of(Area.of(ZHANDONG))),
            new PartyOrganisation(
                CHAHUI_BRANCH,
                "中共茶会社区支部委员会",
                PartyOrganisationKind.COMMUNITY_BRANCH,
                Optional.empty(),
                Optional.of(Area.of(CHAHUI))),
            PartyOrganisation.gridBranch(
                ZHANQIAN_1_BRANCH, "站前社区第一网格党支部", ZHANQIAN_1, ZHANQIAN_COMMITTEE),
            PartyOrganisation.gridBranch(
                ZHANQIAN_2_BRANCH, "站前社区第二网格党支部", ZHANQIAN_2, ZHANQIAN_COMMITTEE),
            PartyOrganisation.gridBranch(CHAHUI_1_BRANCH, "茶会社区第一网格党支部", CHAHUI_1, CHAHUI_BRANCH),
            PartyOrganisation.partyGroup(
                ZHANQIAN_1_GROUP, "站前新村3号楼党小组", ZHANQIAN_1, ZHANQIAN_1_BRANCH),
            PartyOrganisation.ofUnit(HOUSING_BUREAU_PARTY, "中共晋安区住房和建设局机关委员会"),
            PartyOrganisation.ofUnit(PROPERTY_COMPANY_PARTY, "福州融侨物业党支部"),
            PartyOrganisation.ofUnit(SCHOOL_PARTY, "中共福州第八中学总支部委员会"));
    JointPartyCommittee committee =
        JointPartyCommittee.of(ZHANQIAN, ZHANQIAN_COMMITTEE)
            .withMember(
                JointCommitteeMember.of(
                    HOUSING_BUREAU_PARTY, JointCommitteeRole.PAIRED_UNIT, HOUSING_BUREAU))
            .withMember(
                JointCommitteeMember.of(
                    PROPERTY_COMPANY_PARTY, JointCommitteeRole.PROPERTY_COMPANY, RONGQIAO_PROPERTY))
            .withMember(
                new JointCommitteeMember(
                    SCHOOL_PARTY, JointCommitteeRole.PUBLIC_INSTITUTION, Optional.empty()));
    List<DistrictUnit> units =
        List.of(
            new DistrictUnit(
                HOUSING_BUREAU,
                "晋安区住房和建设局",
                UnitKind.DISTRICT_DEPARTMENT,
                Optional.of(HOUSING_BUREAU_PARTY)),
            DistrictUnit.of(CIVIL_AFFAIRS_BUREAU, "晋安区民政局", UnitKind.DISTRICT_DEPARTMENT),
            new DistrictUnit(
                NO8_SCHOOL, "福州第八中学", UnitKind.RESIDENT_UNIT, Optional.of(SCHOOL_PARTY)),
            new DistrictUnit(
                RONGQIAO_PROPERTY,
                "福州融侨物业服务有限公司",
                UnitKind.CO_BUILDING_UNIT,
                Optional.of(PROPERTY_COMPANY_PARTY)));
    List<Pairing> pairings =
        List.of(
            Pairing.of(HOUSING_BUREAU, ZHANQIAN, LocalDate.of(2023, 3, 1)),
            new Pairing(CIVIL_AFFAIRS_BUREAU, Set.of(ZHANDONG, CHAHUI), LocalDate.of(2023, 5, 15)));
    List<SelfGoverningOrganisation> selfGoverning =
        List.of(
            new SelfGoverningOrganisation(
                FUXIN_OWNERS, "福新花园业主委员会", ZHANQIAN, SelfGoverningKind.OWNERS_COMMITTEE),
            new SelfGoverningOrganisation(
                ZHANQIAN_COUNCIL, "站前社区居民议事会", ZHANQIAN, SelfGoverningKind.RESIDENTS_COUNCIL),
            new SelfGoverningOrganisation(
                CHAHUI_CEREMONIES, "茶会社区红白理事会", CHAHUI, SelfGoverningKind.CEREMONIES_COUNCIL));
    List<GridTeams> teams =
        List.of(
            GridTeams.of(parties.get(3), ZHANQIAN_1_VOLUNTEERS),
            new GridTeams(CHAHUI_1, CHAHUI_1_BRANCH, CHAHUI_1_VOLUNTEERS));
    return new DistrictSnapshot.Organisation(
        parties, List.of(committee), units, pairings, selfGoverning, teams);
  }

  /** A valid ID number made from its first seventeen digits. */
  static IdNumber idNumber(String first17) {
    return IdNumber.of(first17 + IdNumber.checkCharacter(first17));
  }

  static DistrictSnapshot.People people() {
    Person worker =
        new Person(
            GRID_WORKER,
            PersonName.of("林建华"),
            PhoneNumber.of("139 0591 1234"),
            Optional.of(idNumber("35011119850612301")),
            Set.of(Role.RESIDENT, Role.CADRE),
            ZHANQIAN_1,
            Optional.empty(),
            Set.of(),
            Optional.empty());
    Person buildingChief =
        new Person(
                BUILDING_CHIEF,
                PersonName.of("陈美玲"),
                PhoneNumber.of("13860612345"),
                Optional.empty(),
                Set.of(Role.RESIDENT),
                ZHANQIAN_1,
                Optional.of(NEW_VILLAGE_3),
                Set.of(),
                Optional.empty())
            .joinedParty(
                PartyMembership.of(ZHANQIAN_1_BRANCH, MembershipStatus.RETIRED)
                    .registered(
                        Registration.of(ZHANQIAN_1, NEW_VILLAGE_3, LocalDate.of(2023, 4, 10))));
    Person capable =
        new Person(
            CAPABLE_RESIDENT,
            PersonName.of("王志强"),
            PhoneNumber.of("15959112233"),
            Optional.of(idNumber("35010219720305401")),
            Set.of(Role.RESIDENT, Role.CAPABLE_RESIDENT, Role.VOLUNTEER),
            ZHANQIAN_1,
            Optional.of(FUXIN_1),
            Set.of(Skill.PLUMBING, Skill.ELECTRICIAN, Skill.of("LIFT_MAINTENANCE")),
            Optional.empty());
    Person inService =
        new Person(
            IN_SERVICE_MEMBER,
            PersonName.of("黄丽"),
            PhoneNumber.of("18650123456"),
            Optional.empty(),
            Set.of(Role.RESIDENT, Role.PARTY_MEMBER, Role.VOLUNTEER),
            ZHANQIAN_2,
            Optional.of(RAILWAY_5),
            Set.of(Skill.LAW),
            Optional.of(
                new PartyMembership(
                    HOUSING_BUREAU_PARTY,
                    MembershipStatus.IN_SERVICE,
                    Optional.of(
                        new Registration(
                            ZHANQIAN_2, Optional.empty(), LocalDate.of(2023, 6, 1))))));
    Person laneChief =
        Person.resident(LANE_CHIEF, PersonName.of("郑国"), PhoneNumber.of("0591-87654321"), CHAHUI_1)
            .withRole(Role.VOLUNTEER);
    Person communitySecretary =
        new Person(
            COMMUNITY_SECRETARY,
            PersonName.of("欧阳明"),
            PhoneNumber.of("13705918888"),
            Optional.of(idNumber("35011119790921771")),
            Set.of(Role.CADRE, Role.PARTY_MEMBER),
            ZHANDONG_1,
            Optional.of(DONGPU_2),
            Set.of(),
            Optional.of(PartyMembership.of(HOUSING_BUREAU_PARTY, MembershipStatus.IN_SERVICE)));
    Person gridSecretary =
        Person.resident(
                GRID_SECRETARY, PersonName.of("刘洋"), PhoneNumber.of("17750601234"), CHAHUI_1)
            .withRole(Role.CADRE)
            .joinedParty(
                PartyMembership.of(CHAHUI_1_BRANCH, MembershipStatus.PROBATIONARY)
                    .registered(
                        new Registration(CHAHUI_1, Optional.empty(), LocalDate.of(2023, 6, 5))));
    Person resident =
        new Person(
            RESIDENT,
            PersonName.of("张秀英"),
            PhoneNumber.of("13599887766"),
            Optional.empty(),
            Set.of(Role.RESIDENT),
            ZHANQIAN_1,
            Optional.of(NEW_VILLAGE_3),
            Set.of(),
            Optional.empty());
    List<Assignment> assignments =
        List.of(
            Assignment.gridWorker(GRID_WORKER, ZHANQIAN_1, LocalDate.of(2022, 9, 1)),
            Assignment.buildingChief(
                BUILDING_CHIEF, ZHANQIAN_1, NEW_VILLAGE_3, LocalDate.of(2023, 1, 3)),
            Assignment.laneChief(LANE_CHIEF, CHAHUI_1, "茶会路", LocalDate.of(2023, 2, 20)));
    PartyOrganisation chahuiBranch =
        PartyOrganisation.gridBranch(CHAHUI_1_BRANCH, "茶会社区第一网格党支部", CHAHUI_1, CHAHUI_BRANCH);
    List<FirstSecretary> secretaries =
        List.of(
            FirstSecretary.ofCommunity(
                COMMUNITY_SECRETARY, HOUSING_BUREAU, ZHANQIAN, LocalDate.of(2023, 3, 1)),
            FirstSecretary.ofWeakGrid(
                GRID_SECRETARY, CIVIL_AFFAIRS_BUREAU, chahuiBranch, LocalDate.of(2023, 6, 1)));
    List<VolunteerTeam> teams =
        List.of(
            VolunteerTeam.of(ZHANQIAN_1_VOLUNTEERS, "站前一网格志愿服务队", Area.of(ZHANQIAN_1))
                .withMember(CAPABLE_RESIDENT)
                .withMember(IN_SERVICE_MEMBER)
                .withMember(BUILDING_CHIEF),
            new VolunteerTeam(
                CHAHUI_1_VOLUNTEERS, "茶会社区党员志愿服务队", Area.of(CHAHUI_1), Set.of(LANE_CHIEF)),
            VolunteerTeam.of(ZHANQIAN_WOMEN, "站前社区巾帼志愿服务队", Area.of(ZHANQIAN)));
    return new DistrictSnapshot.People(
        List.of(
            worker,
            buildingChief,
            capable,
            inService,
            laneChief,
            communitySecretary,
            gridSecretary,
            resident),
        assignments,
        secretaries,
        teams);
  }

  static DistrictSnapshot.Posts posts() {
    List<ServicePost> posts =
        List.of(
            new ServicePost(
                GUIDANCE_POST, ZHANQIAN_1, PostTypeCatalogue.PARTY_BUILDING_GUIDANCE, 2),
            new ServicePost(
                SUPERVISION_POST, ZHANQIAN_1, PostTypeCatalogue.PROPERTY_SERVICE_SUPERVISION, 1),
            new ServicePost(RELIEF_POST, CHAHUI_1, PostTypeCatalogue.HARDSHIP_RELIEF, 3));
    List<PostClaim> claims =
        List.of(
            new PostClaim(GUIDANCE_POST, IN_SERVICE_MEMBER, LocalDate.of(2023, 6, 8)),
            new PostClaim(SUPERVISION_POST, BUILDING_CHIEF, LocalDate.of(2023, 4, 12)),
            new PostClaim(RELIEF_POST, GRID_SECRETARY, LocalDate.of(2023, 7, 1)));
    ServiceMenu menu =
        new ServiceMenu(
                List.of(
                    new MenuItem("POLICY_CONSULTATION", "政策咨询"),
                    new MenuItem("ELDERLY_VISITS", "关爱空巢老人"),
                    new MenuItem("CHILD_CARE", "四点半课堂"),
                    new MenuItem("LEGAL_AID", "法律援助"),
                    new MenuItem("DISPUTE_MEDIATION", "矛盾调解"),
                    new MenuItem("MINOR_REPAIRS", "水电小修"),
                    new MenuItem("HEALTH_CHECKS", "健康义诊"),
                    new MenuItem("HAIRCUTS", "爱心理发"),
                    new MenuItem("WASTE_SORTING", "垃圾分类指导"),
                    new MenuItem("AGENCY_SERVICES", "代办服务")),
                List.of(new MenuItem("RIDER_WARM_STATION", "新就业群体暖心驿站")))
            .withLocal(new MenuItem("EV_SAFETY_CHECKS", "电动车充电安全检查"));
    return new DistrictSnapshot.Posts(
        PostTypeCatalogue.defaults().types(), posts, claims, Optional.of(menu));
  }

  static DistrictSnapshot.Lists lists() {
    List<Matter> matters =
        List.of(
            new Matter(
                MatterId.of("M-minimum-living"),
                "城乡居民最低生活保障申请受理",
                MatterKind.POWER,
                true,
                Optional.of(CIVIL_AFFAIRS_BUREAU)),
            new Matter(
                MatterId.of("M-public-income"),
                "小区公共收益使用协商",
                MatterKind.AUTONOMY,
                false,
                Optional.empty()),
            new Matter(
                MatterId.of("M-renovation-survey"),
                "老旧小区改造意见征集",
                MatterKind.ASSISTANCE,
                true,
                Optional.of(HOUSING_BUREAU)),
            new Matter(
                MatterId.of("M-census"),
                "人口普查入户登记",
                MatterKind.ASSISTANCE,
                false,
                Optional.empty()));
    List<DemandItem> demands =
        List.of(
            new DemandItem(
                LIFT_DEMAND,
                Category.of("LIFT_INSTALLATION"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                ZHANQIAN_1,
                Optional.of(ZHANQIAN_NEW_VILLAGE),
                RESIDENT,
                T0,
                "3号楼老人多，希望加装电梯",
                Set.of()),
            DemandItem.of(
                    CHARGING_DEMAND,
                    Category.of("EV_CHARGING"),
                    MatterKind.ASSISTANCE,
                    Urgency.URGENT,
                    Channel.MEETING,
                    ZHANQIAN_1,
                    IN_SERVICE_MEMBER,
                    T0.plus(Duration.ofDays(3)),
                    "电动车楼道充电隐患大，需要集中充电桩")
                .spanning(Area.of(ZHANQIAN_2), Area.of(ZHANDONG)),
            new DemandItem(
                PROPERTY_DEMAND,
                Category.of("PROPERTY_SERVICE"),
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.STATION,
                CHAHUI_1,
                Optional.of(CHAHUI_XINYUAN),
                LANE_CHIEF,
                T0.plus(Duration.ofDays(5)),
                "茶会新苑无物业，垃圾无人清运",
                Set.of()),
            new DemandItem(
                WIRING_DEMAND,
                Category.of("SAFETY_HAZARD"),
                MatterKind.POWER,
                Urgency.EMERGENCY,
                Channel.PATROL,
                ZHANDONG_1,
                Optional.of(DONGPU_COMPOUND),
                COMMUNITY_SECRETARY,
                T0.plus(Duration.ofDays(9)),
                "2座楼道电线老化冒烟",
                Set.of(Area.of(ZHANDONG_1))));
    List<ResourceItem> resources =
        List.of(
            new ResourceItem(
                HOUSING_FUNDS,
                ResourceProvider.of(HOUSING_BUREAU),
                ResourceKind.FUNDS,
                "老旧小区改造补助资金",
                Area.of(ZHANQIAN)),
            new ResourceItem(
                PLUMBING_SKILL,
                ResourceProvider.of(CAPABLE_RESIDENT),
                ResourceKind.SKILL,
                "水电维修，每周六上午",
                Area.of(ZHANQIAN_1)),
            new ResourceItem(
                SCHOOL_HALL,
                ResourceProvider.of(NO8_SCHOOL),
                ResourceKind.VENUE,
                "学校报告厅，可借用举办恳谈会",
                Area.of(SCHOOL_GRID)));
    List<GovernanceProject> projects =
        List.of(
            new GovernanceProject(
                LIFT_PROJECT,
                ZHANQIAN,
                "站前新村3号楼加装电梯",
                Set.of(LIFT_DEMAND),
                Set.of(HOUSING_FUNDS, PLUMBING_SKILL),
                ProjectStatus.AGREED),
            new GovernanceProject(
                CHARGING_PROJECT,
                ZHANQIAN,
                "站前社区集中充电桩建设",
                Set.of(CHARGING_DEMAND),
                Set.of(),
                ProjectStatus.DISPATCHED),
            GovernanceProject.propose(PROPERTY_PROJECT, CHAHUI, "茶会新苑引入社区领办物业"),
            new GovernanceProject(
                GREENING_PROJECT,
                ZHANDONG,
                "东浦小区楼间绿化",
                Set.of(),
                Set.of(SCHOOL_HALL),
                ProjectStatus.DONE));
    return new DistrictSnapshot.Lists(matters, demands, resources, projects);
  }

  private static final Actor WORKER = Actor.person(GRID_WORKER);
  private static final Actor RESIDENT_ACTOR = Actor.person(RESIDENT);
  private static final ResponsibleSubject PROPERTY_COMPANY =
      ResponsibleSubject.propertyCompany(RONGQIAO_PROPERTY, "福州融侨物业服务有限公司");
  private static final ResponsibleSubject HOUSING =
      ResponsibleSubject.districtUnit(HOUSING_BUREAU, "晋安区住房和建设局");

  /** Applies one command an hour after the order's last event, and insists that it is legal. */
  private static WorkOrder then(
      WorkOrder order, BiFunction<WorkOrder, Instant, Transition> command) {
    return command.apply(order, order.lastEventAt().plus(Duration.ofHours(1))).orElseThrow();
  }

  private static Report report(
      WorkOrderId id,
      Origin origin,
      String category,
      MatterKind kind,
      Urgency urgency,
      Channel channel,
      GridCode grid,
      Optional<CompoundId> compound,
      String summary) {
    return new Report(
        id, origin, Category.of(category), kind, urgency, channel, grid, compound, summary);
  }

  private static Rating rating(WorkOrder order, Satisfaction satisfaction, String comment) {
    return Rating.of(
        satisfaction, comment, RESIDENT, order.lastEventAt().plus(Duration.ofHours(1)));
  }

  static List<WorkOrder> orders() {
    return List.of(liftOrder(), chargingOrder(), duplicateOrder(), wiringOrder(), meetingOrder());
  }

  /** 派单, 接单, 催办, resolved, rated unsatisfied and reopened, resolved again, rated, 销号. */
  static WorkOrder liftOrder() {
    WorkOrder o =
        WorkOrder.report(
            report(
                LIFT_ORDER,
                Origin.demand(LIFT_DEMAND),
                "LIFT_INSTALLATION",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.CALL_GROUP,
                ZHANQIAN_1,
                Optional.of(ZHANQIAN_NEW_VILLAGE),
                "3号楼加装电梯前期协调"),
            RESIDENT_ACTOR,
            T0.plus(Duration.ofHours(2)),
            "raised in the red-grid call group");
    o =
        then(
            o,
            (w, at) ->
                w.dispatch(
                    PROPERTY_COMPANY,
                    Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(10))),
                    WORKER,
                    at,
                    "lifts are the property company's"));
    o = then(o, (w, at) -> w.accept(Actor.system("propertyDesk"), at, ""));
    o = then(o, (w, at) -> w.remind(WORKER, at, "residents are asking"));
    o =
        then(
            o,
            (w, at) ->
                w.reviseDeadlines(
                    Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(12))),
                    WORKER,
                    at,
                    "official schedule of the next year loaded"));
    o = then(o, (w, at) -> w.start(Actor.system("propertyDesk"), at, ""));
    o = then(o, (w, at) -> w.resolve(Actor.system("propertyDesk"), at, "survey done"));
    WorkOrder resolved = o;
    o =
        o.rate(rating(resolved, Satisfaction.UNSATISFIED, "只做了调查"), RESIDENT_ACTOR, "")
            .orElseThrow();
    o = then(o, (w, at) -> w.start(Actor.system("propertyDesk"), at, "back to work"));
    o = then(o, (w, at) -> w.resolve(Actor.system("propertyDesk"), at, "owners' consent signed"));
    WorkOrder again = o;
    o = o.rate(rating(again, Satisfaction.SATISFIED, "满意"), RESIDENT_ACTOR, "").orElseThrow();
    return then(o, (w, at) -> w.close(WORKER, at, "对账销号"));
  }

  /** Returned, dispatched again, escalated, supervised, suspended and resumed, resolved, closed. */
  static WorkOrder chargingOrder() {
    WorkOrder o =
        WorkOrder.report(
            report(
                CHARGING_ORDER,
                Origin.project(CHARGING_PROJECT),
                "EV_CHARGING",
                MatterKind.ASSISTANCE,
                Urgency.URGENT,
                Channel.MEETING,
                ZHANQIAN_1,
                Optional.of(FUXIN_GARDEN),
                "福新花园集中充电桩"),
            Actor.system("jointMeeting"),
            T0.plus(Duration.ofDays(20)),
            "");
    o = then(o, (w, at) -> w.dispatch(PROPERTY_COMPANY, Deadlines.NONE, WORKER, at, ""));
    o = then(o, (w, at) -> w.returnOrder(Actor.system("propertyDesk"), at, "needs power grid"));
    o =
        then(
            o,
            (w, at) ->
                w.dispatch(
                    HOUSING, Deadlines.resolveBy(at.plus(Duration.ofDays(30))), WORKER, at, ""));
    o = then(o, (w, at) -> w.accept(WORKER, at, ""));
    o = then(o, (w, at) -> w.escalate(Actor.system("escalateWhenLate"), at, "late"));
    o = then(o, (w, at) -> w.supervise(Actor.person(COMMUNITY_SECRETARY), at, "督办"));
    o = then(o, (w, at) -> w.start(WORKER, at, ""));
    o = then(o, (w, at) -> w.suspend(WORKER, at, "waiting for the power company"));
    o = then(o, (w, at) -> w.resume(WORKER, at, ""));
    o = then(o, (w, at) -> w.resolve(WORKER, at, "12 charging points installed"));
    return then(o, (w, at) -> w.close(WORKER, at, "no rating within 7 days"));
  }

  /** Cancelled as a duplicate right after it was reported. */
  static WorkOrder duplicateOrder() {
    WorkOrder o =
        WorkOrder.report(
            report(
                DUPLICATE_ORDER,
                Origin.demand(PROPERTY_DEMAND),
                "PROPERTY_SERVICE",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                Channel.STATION,
                CHAHUI_1,
                Optional.of(CHAHUI_XINYUAN),
                "茶会新苑垃圾清运"),
            Actor.person(LANE_CHIEF),
            T0.plus(Duration.ofDays(6)),
            "");
    return then(
        o, (w, at) -> w.cancel(CancellationReason.DUPLICATE, WORKER, at, "same as the demand"));
  }

  /** Escalated straight to the district, still in progress. */
  static WorkOrder wiringOrder() {
    WorkOrder o =
        WorkOrder.report(
            report(
                WIRING_ORDER,
                Origin.demand(WIRING_DEMAND),
                "SAFETY_HAZARD",
                MatterKind.POWER,
                Urgency.EMERGENCY,
                Channel.PATROL,
                ZHANDONG_1,
                Optional.of(DONGPU_COMPOUND),
                "2座楼道电线老化冒烟"),
            Actor.person(COMMUNITY_SECRETARY),
            T0.plus(Duration.ofDays(9)),
            "");
    o =
        then(
            o,
            (w, at) ->
                w.dispatch(
                    ResponsibleSubject.community(ZHANDONG, "站东社区居委会"),
                    Deadlines.of(at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(24))),
                    Actor.system("routeEmergencies"),
                    at,
                    ""));
    o =
        then(
            o,
            (w, at) ->
                w.escalateTo(
                    EscalationLevel.DISTRICT, Actor.system("escalateEmergencies"), at, ""));
    o = then(o, (w, at) -> w.accept(WORKER, at, ""));
    return then(o, (w, at) -> w.start(WORKER, at, ""));
  }

  /** Dispatched by the joint meeting, suspended while the owners decide. */
  static WorkOrder meetingOrder() {
    WorkOrder o =
        WorkOrder.report(
            report(
                MEETING_ORDER,
                Origin.project(LIFT_PROJECT),
                "LIFT_INSTALLATION",
                MatterKind.ASSISTANCE,
                Urgency.ROUTINE,
                Channel.MEETING,
                ZHANQIAN_1,
                Optional.empty(),
                "加装电梯审批与补助申请"),
            Actor.system("jointMeeting"),
            Instant.parse("2024-03-20T07:00:00Z"),
            "");
    o =
        then(
            o,
            (w, at) ->
                w.dispatch(
                    ResponsibleSubject.jointMeeting(ZHANQIAN, "站前社区网格党建联席会议"),
                    Deadlines.NONE,
                    Actor.system("jointMeeting"),
                    at,
                    "decided at the Q1 joint meeting"));
    return then(o, (w, at) -> w.suspend(WORKER, at, "owners still voting"));
  }

  static DistrictSnapshot.Meetings meetings() {
    JointMeeting joint =
        new JointMeeting(
            JointMeetingId.of("JM-zhanqian-2024Q1"),
            ZHANQIAN,
            YearQuarter.of(2024, 1),
            LocalDate.of(2024, 3, 20),
            List.of(
                new Participant(Stakeholder.of(ZHANQIAN_COMMITTEE), ParticipantRole.CHAIR),
                new Participant(Stakeholder.of(HOUSING_BUREAU), ParticipantRole.PAIRED_UNIT),
                new Participant(
                    Stakeholder.of(ZHANQIAN_1_BRANCH), ParticipantRole.GRID_PARTY_ORGANISATION),
                new Participant(
                    Stakeholder.of(RONGQIAO_PROPERTY), ParticipantRole.PROPERTY_COMPANY),
                new Participant(Stakeholder.of(FUXIN_OWNERS), ParticipantRole.OWNERS_COMMITTEE),
                new Participant(Stakeholder.of(RESIDENT), ParticipantRole.RESIDENT_REPRESENTATIVE)),
            List.of(LIFT_PROJECT, CHARGING_PROJECT),
            List.of(
                new Decision(
                    LIFT_PROJECT, Stakeholder.of(HOUSING_BUREAU), MEETING_ORDER, "住建局牵头审批"),
                new Decision(
                    CHARGING_PROJECT,
                    Stakeholder.of(RONGQIAO_PROPERTY),
                    CHARGING_ORDER,
                    "物业负责选址安装")),
            "一季度联席会议：议定加装电梯和充电桩两个项目");
    ConsultationMeeting consultation =
        new ConsultationMeeting(
            ConsultationMeetingId.of("CM-new-village-lift"),
            LIFT_PROJECT,
            ZHANQIAN,
            "站前新村3号楼加装电梯恳谈会",
            List.of(
                new ConsultationSession(
                    LocalDate.of(2023, 11, 5),
                    Set.of(
                        Stakeholder.of(RESIDENT),
                        Stakeholder.of(FUXIN_OWNERS),
                        Stakeholder.of(RONGQIAO_PROPERTY)),
                    SessionResult.NOT_AGREED,
                    "低层住户担心采光"),
                new ConsultationSession(
                    LocalDate.of(2023, 12, 10),
                    Set.of(Stakeholder.of(RESIDENT), Stakeholder.of(BUILDING_CHIEF)),
                    SessionResult.ADJOURNED,
                    "等待设计方案"),
                new ConsultationSession(
                    LocalDate.of(2024, 1, 14),
                    Set.of(
                        Stakeholder.of(RESIDENT),
                        Stakeholder.of(BUILDING_CHIEF),
                        Stakeholder.of(ZHANQIAN_COUNCIL),
                        Stakeholder.of(ZHANQIAN_COMMITTEE)),
                    SessionResult.AGREED,
                    "全体业主签字同意")));
    return new DistrictSnapshot.Meetings(List.of(joint), List.of(consultation));
  }
}
