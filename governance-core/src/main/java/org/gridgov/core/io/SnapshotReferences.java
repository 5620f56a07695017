package org.gridgov.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.GovernanceProject;
import org.gridgov.core.lists.Matter;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.meeting.ConsultationMeeting;
import org.gridgov.core.meeting.ConsultationSession;
import org.gridgov.core.meeting.Decision;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.VolunteerTeam;
import org.gridgov.core.post.PostType;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.WorkOrder;

/**
 * Checks the references between the parts of a snapshot: every id names something the snapshot
 * holds, and no id is used twice in one list. Each problem is recorded at the JSON path the
 * reference was read from.
 */
final class SnapshotReferences {

  private final JsonDocument doc;
  private final DistrictSnapshot s;
  private final Territory t;
  private final Map<Object, String> organisations;
  private final Map<Object, String> units;
  private final Map<Object, String> selfGoverning;
  private final Map<Object, String> volunteerTeams;
  private final Map<Object, String> persons;
  private final Map<Object, String> posts;
  private final Map<Object, String> postTypes;
  private final Map<Object, String> matters;
  private final Map<Object, String> demands;
  private final Map<Object, String> resources;
  private final Map<Object, String> projects;

  SnapshotReferences(JsonDocument doc, DistrictSnapshot snapshot) {
    this.doc = doc;
    this.s = snapshot;
    this.t = snapshot.territory();
    var o = snapshot.organisation();
    var p = snapshot.people();
    var l = snapshot.lists();
    organisations =
        index("$.organisation.partyOrganisations", o.partyOrganisations(), PartyOrganisation::id);
    units = index("$.organisation.units", o.units(), DistrictUnit::id);
    selfGoverning =
        index("$.organisation.selfGoverning", o.selfGoverning(), SelfGoverningOrganisation::id);
    volunteerTeams = index("$.people.volunteerTeams", p.volunteerTeams(), VolunteerTeam::id);
    persons = index("$.people.persons", p.persons(), Person::id);
    posts = index("$.posts.servicePosts", snapshot.posts().servicePosts(), ServicePost::id);
    postTypes = index("$.posts.types", snapshot.posts().types(), PostType::code);
    matters = index("$.lists.matters", l.matters(), Matter::id);
    demands = index("$.lists.demands", l.demands(), DemandItem::id);
    resources = index("$.lists.resources", l.resources(), ResourceItem::id);
    projects = index("$.lists.projects", l.projects(), GovernanceProject::id);
    index("$.orders", snapshot.orders(), WorkOrder::id);
    index("$.meetings.joint", snapshot.meetings().joint(), JointMeeting::id);
    index("$.meetings.consultations", snapshot.meetings().consultations(), ConsultationMeeting::id);
  }

  private <T> Map<Object, String> index(String path, List<T> items, Function<T, ?> id) {
    Map<Object, String> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object key = id.apply(items.get(i));
      String at = path + "[" + i + "]";
      String first = seen.putIfAbsent(key, at);
      if (first != null) {
        doc.problem(at, IoMessages.text("json.idTwice", String.valueOf(key), first));
      }
    }
    return seen;
  }

  void check() {
    organisation();
    people();
    posts();
    lists();
    orders();
    meetings();
  }

  private void organisation() {
    var o = s.organisation();
    each(
        "$.organisation.partyOrganisations",
        o.partyOrganisations(),
        (at, po) -> {
          po.parent()
              .ifPresent(id -> known(at + ".parent", organisations, id, "Party organisation"));
          po.area().ifPresent(a -> area(at + ".area", a));
        });
    each(
        "$.organisation.jointCommittees",
        o.jointCommittees(),
        (at, jc) -> {
          community(at + ".community", jc.community());
          known(at + ".core", organisations, jc.core(), "Party organisation");
          each(
              at + ".members",
              jc.members(),
              (mat, m) -> {
                known(mat + ".organisation", organisations, m.organisation(), "Party organisation");
                m.unit().ifPresent(u -> known(mat + ".unit", units, u, "unit"));
              });
        });
    each(
        "$.organisation.units",
        o.units(),
        (at, u) ->
            u.partyOrganisation()
                .ifPresent(
                    id ->
                        known(at + ".partyOrganisation", organisations, id, "Party organisation")));
    each(
        "$.organisation.pairings",
        o.pairings(),
        (at, pairing) -> {
          known(at + ".unit", units, pairing.unit(), "unit");
          pairing.communities().forEach(c -> community(at + ".communities", c));
        });
    each(
        "$.organisation.selfGoverning",
        o.selfGoverning(),
        (at, sg) -> community(at + ".community", sg.community()));
    each(
        "$.organisation.gridTeams",
        o.gridTeams(),
        (at, gt) -> {
          grid(at + ".grid", gt.grid());
          known(
              at + ".partyOrganisation",
              organisations,
              gt.partyOrganisation(),
              "Party organisation");
          known(at + ".volunteerTeam", volunteerTeams, gt.volunteerTeam(), "volunteer team");
        });
  }

  private void people() {
    var p = s.people();
    each(
        "$.people.persons",
        p.persons(),
        (at, person) -> {
          grid(at + ".homeGrid", person.homeGrid());
          person.building().ifPresent(b -> building(at + ".building", b));
          person
              .partyMembership()
              .ifPresent(
                  m -> {
                    known(
                        at + ".partyMembership.organisation",
                        organisations,
                        m.organisation(),
                        "Party organisation");
                    m.registration()
                        .ifPresent(
                            r -> {
                              grid(at + ".partyMembership.registration.grid", r.grid());
                              r.building()
                                  .ifPresent(
                                      b ->
                                          building(
                                              at + ".partyMembership.registration.building", b));
                            });
                  });
        });
    each(
        "$.people.assignments",
        p.assignments(),
        (at, a) -> {
          known(at + ".person", persons, a.person(), "person");
          grid(at + ".grid", a.grid());
          a.building().ifPresent(b -> building(at + ".building", b));
        });
    each(
        "$.people.firstSecretaries",
        p.firstSecretaries(),
        (at, fs) -> {
          known(at + ".person", persons, fs.person(), "person");
          known(at + ".sendingUnit", units, fs.sendingUnit(), "unit");
          area(at + ".area", fs.area());
          fs.gridBranch()
              .ifPresent(b -> known(at + ".gridBranch", organisations, b, "Party organisation"));
        });
    each(
        "$.people.volunteerTeams",
        p.volunteerTeams(),
        (at, vt) -> {
          area(at + ".area", vt.area());
          vt.members().forEach(m -> known(at + ".members", persons, m, "person"));
        });
  }

  private void posts() {
    var p = s.posts();
    each(
        "$.posts.servicePosts",
        p.servicePosts(),
        (at, sp) -> {
          grid(at + ".grid", sp.grid());
          if (!postTypes.isEmpty()) {
            known(at + ".type.code", postTypes, sp.type().code(), "post type");
          }
        });
    each(
        "$.posts.claims",
        p.claims(),
        (at, c) -> {
          known(at + ".post", posts, c.post(), "service post");
          known(at + ".person", persons, c.person(), "person");
        });
  }

  private void lists() {
    var l = s.lists();
    each(
        "$.lists.matters",
        l.matters(),
        (at, m) ->
            m.competentUnit().ifPresent(u -> known(at + ".competentUnit", units, u, "unit")));
    each(
        "$.lists.demands",
        l.demands(),
        (at, d) -> {
          place(at, d.grid(), d.compound());
          known(at + ".raisedBy", persons, d.raisedBy(), "person");
          // A set has no stable index in the document, so its problems are at the array.
          d.spans().forEach(a -> areaIn(at + ".spans", a));
        });
    each(
        "$.lists.resources",
        l.resources(),
        (at, r) -> {
          if (r.provider() instanceof ResourceProvider.ByUnit u) {
            known(at + ".provider.unit", units, u.unit(), "unit");
          } else if (r.provider() instanceof ResourceProvider.ByPerson person) {
            known(at + ".provider.person", persons, person.person(), "person");
          }
          area(at + ".scope", r.scope());
        });
    each(
        "$.lists.projects",
        l.projects(),
        (at, pr) -> {
          community(at + ".community", pr.community());
          pr.demands().forEach(d -> known(at + ".demands", demands, d, "demand"));
          pr.resources().forEach(r -> known(at + ".resources", resources, r, "resource"));
        });
  }

  private void orders() {
    each(
        "$.orders",
        s.orders(),
        (at, o) -> {
          String report = at + ".events[0]";
          place(report + ".report", o.grid(), o.compound());
          o.origin()
              .demandId()
              .ifPresent(d -> known(report + ".report.origin", demands, d, "demand"));
          o.origin()
              .projectId()
              .ifPresent(p -> known(report + ".report.origin", projects, p, "project"));
        });
  }

  private void meetings() {
    var m = s.meetings();
    each(
        "$.meetings.joint",
        m.joint(),
        (at, jm) -> {
          community(at + ".community", jm.community());
          List<Participant> participants = jm.participants();
          for (int i = 0; i < participants.size(); i++) {
            stakeholder(at + ".participants[" + i + "].who", participants.get(i).who());
          }
          jm.agenda().forEach(p -> known(at + ".agenda", projects, p, "project"));
          List<Decision> decisions = jm.decisions();
          for (int i = 0; i < decisions.size(); i++) {
            stakeholder(at + ".decisions[" + i + "].responsible", decisions.get(i).responsible());
          }
        });
    each(
        "$.meetings.consultations",
        m.consultations(),
        (at, cm) -> {
          community(at + ".community", cm.community());
          known(at + ".project", projects, cm.project(), "project");
          List<ConsultationSession> sessions = cm.sessions();
          for (int i = 0; i < sessions.size(); i++) {
            String sat = at + ".sessions[" + i + "].attendance";
            sessions.get(i).attendance().forEach(st -> stakeholderIn(sat, st));
          }
        });
  }

  private void stakeholder(String at, Stakeholder who) {
    if (who instanceof Stakeholder.OfOrganisation o) {
      known(at + ".organisation", organisations, o.organisation(), "Party organisation");
    } else if (who instanceof Stakeholder.OfUnit u) {
      known(at + ".unit", units, u.unit(), "unit");
    } else if (who instanceof Stakeholder.OfSelfGoverning sg) {
      known(at + ".organisation", selfGoverning, sg.organisation(), "self-governing organisation");
    } else if (who instanceof Stakeholder.OfPerson p) {
      known(at + ".person", persons, p.person(), "person");
    }
  }

  /** A stakeholder that is an element of a set, reported at the set's path. */
  private void stakeholderIn(String at, Stakeholder who) {
    if (who instanceof Stakeholder.OfOrganisation o) {
      known(at, organisations, o.organisation(), "Party organisation");
    } else if (who instanceof Stakeholder.OfUnit u) {
      known(at, units, u.unit(), "unit");
    } else if (who instanceof Stakeholder.OfSelfGoverning sg) {
      known(at, selfGoverning, sg.organisation(), "self-governing organisation");
    } else if (who instanceof Stakeholder.OfPerson p) {
      known(at, persons, p.person(), "person");
    }
  }

  /** An area that is an element of a set, reported at the set's path. */
  private void areaIn(String at, Area area) {
    if (area instanceof Area.GridArea g) {
      grid(at, g.grid());
    } else if (area instanceof Area.CommunityArea c) {
      community(at, c.community());
    }
  }

  /** A grid and, optionally, a compound that must lie in that grid. */
  private void place(String at, GridCode grid, Optional<CompoundId> compound) {
    place(doc, t, at, grid, compound);
  }

  /**
   * Checks that a grid is in a territory and that a compound, if any, is in the territory and lies
   * in that grid, recording each problem at {@code at.grid} or {@code at.compound}.
   */
  static void place(
      JsonDocument doc, Territory t, String at, GridCode grid, Optional<CompoundId> compound) {
    if (t.grid(grid).isEmpty()) {
      doc.problem(at + ".grid", IoMessages.text("json.gridNotInTerritory", grid.value()));
    }
    compound.ifPresent(
        id -> {
          Optional<Compound> c = t.compound(id);
          if (c.isEmpty()) {
            doc.problem(
                at + ".compound", IoMessages.text("json.compoundNotInTerritory", id.toString()));
          } else if (!c.get().grid().equals(grid)) {
            doc.problem(
                at + ".compound",
                IoMessages.text(
                    "json.compoundInOtherGrid",
                    id.toString(),
                    c.get().grid().value(),
                    grid.value()));
          }
        });
  }

  private void area(String at, Area area) {
    if (area instanceof Area.GridArea g) {
      grid(at + ".grid", g.grid());
    } else if (area instanceof Area.CommunityArea c) {
      community(at + ".community", c.community());
    }
  }

  private void community(String at, CommunityCode code) {
    if (t.community(code).isEmpty()) {
      doc.problem(at, IoMessages.text("json.communityNotInTerritory", code.value()));
    }
  }

  private void grid(String at, GridCode code) {
    if (t.grid(code).isEmpty()) {
      doc.problem(at, IoMessages.text("json.gridNotInTerritory", code.value()));
    }
  }

  private void building(String at, BuildingId id) {
    if (t.building(id).isEmpty()) {
      doc.problem(at, IoMessages.text("json.buildingNotInTerritory", id.toString()));
    }
  }

  private void known(String at, Map<Object, String> index, Object id, String what) {
    if (!index.containsKey(id)) {
      doc.problem(
          at,
          IoMessages.text(
              "json.notInSnapshot",
              IoMessages.text("json.what." + what.replace(' ', '_')),
              String.valueOf(id)));
    }
  }

  private interface Check<T> {
    void check(String path, T item);
  }

  private static <T> void each(String path, List<T> items, Check<T> check) {
    for (int i = 0; i < items.size(); i++) {
      check.check(path + "[" + i + "]", items.get(i));
    }
  }
}
