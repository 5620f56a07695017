package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.workorder.Orders.WORKER;
import static org.gridgov.core.workorder.Orders.next;

import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.territory.StreetCode;
import org.junit.jupiter.api.Test;

/**
 * An order is at least at the level of the subject that holds it: one dispatched to the street
 * escalates to the district, never "from GRID to COMMUNITY" below the street.
 */
class EscalationFromTheSubjectTest {

  private static final ResponsibleSubject STREET =
      ResponsibleSubject.street(StreetCode.of("350111001"), "茶园街道");

  private static WorkOrder dispatchedTo(ResponsibleSubject subject) {
    WorkOrder order = Orders.reported();
    return order.dispatch(subject, Deadlines.NONE, WORKER, next(order), "").orElseThrow();
  }

  @Test
  void anOrderDispatchedToTheStreetIsAtTheStreetsLevel() {
    assertThat(dispatchedTo(STREET).escalationLevel()).isEqualTo(EscalationLevel.STREET);
  }

  @Test
  void anOrderDispatchedToTheStreetEscalatesFromTheStreetToTheDistrict() {
    WorkOrder order = dispatchedTo(STREET);

    Transition escalated = order.escalate(Actor.system("rule"), next(order), "accept limit");

    WorkOrderEvent.Escalated event =
        (WorkOrderEvent.Escalated) escalated.orElseThrow().history().get(2);
    assertThat(event.from()).isEqualTo(EscalationLevel.STREET);
    assertThat(event.to()).isEqualTo(EscalationLevel.DISTRICT);
  }

  @Test
  void anOrderDispatchedToTheCommunityEscalatesToTheStreet() {
    WorkOrder order =
        dispatchedTo(
            ResponsibleSubject.community(
                org.gridgov.core.territory.CommunityCode.of("350111001001"), "茶园社区居委会"));

    WorkOrder escalated =
        order.escalate(Actor.system("rule"), next(order), "accept limit").orElseThrow();

    assertThat(escalated.escalationLevel()).isEqualTo(EscalationLevel.STREET);
  }

  @Test
  void anOrderDispatchedToADistrictUnitIsAtTheDistrictsLevel() {
    ResponsibleSubject unit =
        ResponsibleSubject.districtUnit(UnitId.of("JA-URBAN-MANAGEMENT"), "区城管局");

    assertThat(dispatchedTo(unit).escalationLevel()).isEqualTo(EscalationLevel.DISTRICT);
  }

  @Test
  void anOrderDispatchedToTheGridWorkerOrThePropertyCompanyStaysAtTheGrid() {
    assertThat(dispatchedTo(Orders.PROPERTY).escalationLevel()).isEqualTo(EscalationLevel.GRID);
    WorkOrder atGrid =
        dispatchedTo(
            ResponsibleSubject.gridWorker(org.gridgov.core.people.PersonId.of("P-1"), "网格员"));
    assertThat(atGrid.escalationLevel()).isEqualTo(EscalationLevel.GRID);
  }

  @Test
  void aLevelReachedByEscalationIsNotLoweredByDispatchingAgainBelowIt() {
    WorkOrder order = dispatchedTo(STREET);
    order = order.escalate(Actor.system("rule"), next(order), "accept limit").orElseThrow();
    order = order.returnOrder(Actor.system("district"), next(order), "not ours").orElseThrow();

    order =
        order
            .dispatch(
                ResponsibleSubject.gridWorker(org.gridgov.core.people.PersonId.of("P-1"), "网格员"),
                Deadlines.NONE,
                WORKER,
                next(order),
                "")
            .orElseThrow();

    assertThat(order.escalationLevel()).isEqualTo(EscalationLevel.DISTRICT);
  }
}
