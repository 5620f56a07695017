package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.territory.Building;
import org.gridgov.core.territory.BuildingId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.District;
import org.gridgov.core.territory.DistrictCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
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
import org.gridgov.core.workorder.WorkOrderCommand;
import org.gridgov.core.workorder.WorkOrderId;

class DistrictSnapshotJsonRoundTripProperties {

  private static final DistrictSnapshotJson JSON = new DistrictSnapshotJson(PersonalData.INCLUDED);
  private static final Instant T0 = Instant.parse("2024-04-01T01:00:00Z");

  /** A grid's shape: how many buildings each of its compounds has. */
  record GridShape(GridType type, int households, List<Integer> compounds) {}

  record PersonShape(int grid, boolean mobile, int digits) {}

  record DemandShape(int grid, int person, Urgency urgency, Channel channel, boolean compound) {}

  /** One lifecycle command and the minutes after the order's last event it comes. */
  record Step(WorkOrderCommand command, int minutes, Satisfaction satisfaction) {}

  record OrderShape(int demand, List<Step> steps) {}

  record Shape(
      List<List<GridShape>> communities,
      List<PersonShape> persons,
      List<DemandShape> demands,
      List<OrderShape> orders) {}

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<GridShape> grid =
        Combinators.combine(
                Arbitraries.of(GridType.class),
                Arbitraries.integers().between(0, 900),
                Arbitraries.integers().between(0, 2).list().ofMaxSize(2))
            .as(GridShape::new);
    Arbitrary<List<List<GridShape>>> communities =
        grid.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<PersonShape> person =
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 9_999_999))
            .as(PersonShape::new);
    Arbitrary<DemandShape> demand =
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(Urgency.class),
                Arbitraries.of(Channel.class),
                Arbitraries.of(true, false))
            .as(DemandShape::new);
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(WorkOrderCommand.class),
                Arbitraries.integers().between(1, 3000),
                Arbitraries.of(Satisfaction.class))
            .as(Step::new);
    Arbitrary<OrderShape> order =
        Combinators.combine(Arbitraries.integers().between(0, 99), step.list().ofMaxSize(25))
            .as(OrderShape::new);
    return Combinators.combine(
            communities,
            person.list().ofMinSize(1).ofMaxSize(5),
            demand.list().ofMinSize(1).ofMaxSize(4),
            order.list().ofMaxSize(3))
        .as(Shape::new);
  }

  @Property(tries = 150)
  void aRandomValidSnapshotReadsBackEqual(@ForAll("shapes") Shape shape) {
    DistrictSnapshot snapshot = snapshot(shape);
    String text = JSON.toJson(snapshot);

    DistrictSnapshot back = JSON.read(text.getBytes(StandardCharsets.UTF_8), "random.json");

    assertThat(back).isEqualTo(snapshot);
    assertThat(JSON.toJson(back)).isEqualTo(text);
  }

  static DistrictSnapshot snapshot(Shape shape) {
    Territory.Builder b =
        Territory.builder(new District(DistrictCode.of("350111"), "晋安区"))
            .add(new Street(StreetCode.of("350111001"), "茶园街道"));
    for (int c = 0; c < shape.communities().size(); c++) {
      CommunityCode community = CommunityCode.of("350111001" + String.format("%03d", c + 1));
      b.add(new Community(community, "社区" + (c + 1)));
      List<GridShape> grids = shape.communities().get(c);
      for (int g = 0; g < grids.size(); g++) {
        GridShape gs = grids.get(g);
        var code = community.grid(g + 1);
        b.add(new Grid(code, "网格" + (g + 1), gs.type(), gs.households()));
        for (int k = 0; k < gs.compounds().size(); k++) {
          CompoundId compound = CompoundId.of("k-" + code + "-" + k);
          PropertyMode mode = PropertyMode.values()[(k + g) % PropertyMode.values().length];
          b.add(
              new Compound(
                  compound,
                  "小区" + k,
                  code,
                  mode,
                  mode == PropertyMode.PROFESSIONAL ? Optional.of("物业公司") : Optional.empty(),
                  0.5,
                  Set.of(),
                  k % 2 == 0));
          for (int n = 0; n < gs.compounds().get(k); n++) {
            b.add(
                new Building(BuildingId.of(compound + "-" + n), compound, n + "号楼", 6, 24, false));
          }
        }
      }
    }
    Territory territory = b.build();
    List<Grid> grids = List.copyOf(territory.grids());
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < shape.persons().size(); i++) {
      PersonShape ps = shape.persons().get(i);
      String phone =
          ps.mobile()
              ? "139" + String.format("%08d", ps.digits())
              : "0591-8" + String.format("%07d", ps.digits());
      persons.add(
          Person.resident(
              PersonId.of("p-" + i),
              PersonName.of("居民" + i),
              PhoneNumber.of(phone),
              grids.get(ps.grid() % grids.size()).code()));
    }
    List<DemandItem> demands = new ArrayList<>();
    for (int i = 0; i < shape.demands().size(); i++) {
      DemandShape ds = shape.demands().get(i);
      Grid grid = grids.get(ds.grid() % grids.size());
      List<Compound> compounds = territory.compoundsOf(grid.code());
      Optional<CompoundId> compound =
          ds.compound() && !compounds.isEmpty()
              ? Optional.of(compounds.get(0).id())
              : Optional.empty();
      demands.add(
          new DemandItem(
              DemandId.of("D-" + i),
              Category.of("PROPERTY_SERVICE"),
              MatterKind.AUTONOMY,
              ds.urgency(),
              ds.channel(),
              grid.code(),
              compound,
              persons.get(ds.person() % persons.size()).id(),
              T0.plus(Duration.ofHours(i)),
              "需求" + i,
              Set.of()));
    }
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < shape.orders().size(); i++) {
      OrderShape os = shape.orders().get(i);
      DemandItem d = demands.get(os.demand() % demands.size());
      WorkOrder order =
          WorkOrder.report(
              new Report(
                  WorkOrderId.of("WO-" + i),
                  Origin.demand(d.id()),
                  d.category(),
                  d.matterKind(),
                  d.urgency(),
                  d.channel(),
                  d.grid(),
                  d.compound(),
                  d.summary()),
              Actor.person(d.raisedBy()),
              d.raisedAt(),
              "");
      for (Step step : os.steps()) {
        order = apply(order, step).order();
      }
      orders.add(order);
    }
    return new DistrictSnapshot(
        territory,
        DistrictSnapshot.Organisation.EMPTY,
        new DistrictSnapshot.People(persons, List.of(), List.of(), List.of()),
        DistrictSnapshot.Posts.EMPTY,
        new DistrictSnapshot.Lists(List.of(), demands, List.of(), List.of()),
        orders,
        DistrictSnapshot.Meetings.EMPTY);
  }

  /** Applies a command; an illegal one is refused and leaves the order as it was. */
  private static Transition apply(WorkOrder order, Step step) {
    Instant at = order.lastEventAt().plus(Duration.ofMinutes(step.minutes()));
    Actor by = Actor.person(PersonId.of("grid-worker"));
    switch (step.command()) {
      case DISPATCH:
        return order.dispatch(
            ResponsibleSubject.districtUnit(UnitId.of("housing-bureau"), "住建局"),
            Deadlines.resolveBy(at.plus(Duration.ofDays(3))),
            by,
            at,
            "");
      case ACCEPT:
        return order.accept(by, at, "");
      case START:
        return order.start(by, at, "");
      case RESOLVE:
        return order.resolve(by, at, "done");
      case RATE:
        return order.rate(Rating.of(step.satisfaction(), PersonId.of("p-0"), at), by, "");
      case CLOSE:
        return order.close(by, at, "");
      case RETURN:
        return order.returnOrder(by, at, "not ours");
      case ESCALATE:
        return order.escalate(Actor.system("escalateWhenLate"), at, "late");
      case SUPERVISE:
        return order.supervise(by, at, "");
      case SUSPEND:
        return order.suspend(by, at, "");
      case RESUME:
        return order.resume(by, at, "");
      case CANCEL:
        return order.cancel(CancellationReason.WITHDRAWN, by, at, "");
      case REMIND:
        return order.remind(by, at, "");
      default:
        return order.escalateTo(EscalationLevel.DISTRICT, by, at, "");
    }
  }
}
