package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.fact.trace.RoutingField.COMPOUND;
import static org.gridgov.rules.fact.trace.RoutingField.GRID;
import static org.gridgov.rules.fact.trace.RoutingField.HAS_COMPOUND;
import static org.gridgov.rules.fact.trace.RoutingField.MATTER_KIND;
import static org.gridgov.rules.fact.trace.RoutingField.TOPIC;
import static org.gridgov.rules.fact.trace.RoutingField.URGENCY;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;
import org.gridgov.rules.fact.trace.RoutingField;
import org.junit.jupiter.api.Test;

/** The tree of reads: a case is found under the fields read for it, and only under those. */
class ReadTreeTest {

  private static RoutingCase of(Topic topic, Urgency urgency, String grid, String compound) {
    return new RoutingCase(
        "WO-1",
        "SERVICE_OTHER",
        topic,
        "",
        MatterKind.AUTONOMY,
        urgency,
        Scope.WITHIN_GRID,
        compound,
        compound.isEmpty() ? PropertyMode.NONE : PropertyMode.PROFESSIONAL,
        false,
        false,
        true,
        true,
        grid,
        "350111001001",
        "350111001",
        false);
  }

  @Test
  void aCaseIsFoundWhateverItHoldsInFieldsThatWereNotRead() {
    ReadTree<String> tree = new ReadTree<>(16);
    RoutingCase decided = of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001001", "C-1");

    assertThat(tree.file(decided, List.of(TOPIC, MATTER_KIND), "community")).isTrue();

    assertThat(tree.find(of(Topic.DISPUTE, Urgency.EMERGENCY, "350111001001002", "")))
        .isEqualTo("community");
    assertThat(tree.find(of(Topic.SAFETY, Urgency.ROUTINE, "350111001001001", "C-1"))).isNull();
  }

  @Test
  void theFieldReadNextMayDependOnTheValuesReadBefore() {
    ReadTree<String> tree = new ReadTree<>(16);
    RoutingCase safetyUrgent = of(Topic.SAFETY, Urgency.EMERGENCY, "350111001001001", "");
    RoutingCase safetyRoutine = of(Topic.SAFETY, Urgency.ROUTINE, "350111001001001", "");
    RoutingCase dispute = of(Topic.DISPUTE, Urgency.EMERGENCY, "350111001001001", "C-1");

    assertThat(tree.file(safetyUrgent, List.of(TOPIC, URGENCY, GRID), "grid worker")).isTrue();
    assertThat(tree.file(safetyRoutine, List.of(TOPIC, URGENCY), "community")).isTrue();
    assertThat(tree.file(dispute, List.of(TOPIC, HAS_COMPOUND), "mediation")).isTrue();

    assertThat(tree.find(of(Topic.SAFETY, Urgency.EMERGENCY, "350111001001001", "C-9")))
        .isEqualTo("grid worker");
    assertThat(tree.find(of(Topic.SAFETY, Urgency.EMERGENCY, "350111001001002", ""))).isNull();
    assertThat(tree.find(of(Topic.SAFETY, Urgency.ROUTINE, "350111001001002", "C-9")))
        .isEqualTo("community");
    assertThat(tree.find(of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001002", "C-2")))
        .as("only whether there is a compound was read")
        .isEqualTo("mediation");
    assertThat(tree.find(of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001002", ""))).isNull();
    assertThat(tree.size()).isEqualTo(3);
  }

  @Test
  void aWalkAsksACaseOnlyForTheFieldsOnItsPath() {
    ReadTree<String> tree = new ReadTree<>(16);
    tree.file(
        of(Topic.SAFETY, Urgency.EMERGENCY, "350111001001001", ""),
        List.of(TOPIC, URGENCY, GRID),
        "grid worker");
    tree.file(
        of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001001", "C-1"),
        List.of(TOPIC, HAS_COMPOUND),
        "mediation");
    List<RoutingField> asked = new ArrayList<>();
    RoutingCase dispute = of(Topic.DISPUTE, Urgency.EMERGENCY, "350111001001002", "C-2");
    ReadTree.Fields counting =
        new ReadTree.Fields() {
          @Override
          public int slot(RoutingField field) {
            asked.add(field);
            return field.slotIn(dispute);
          }

          @Override
          public Object value(RoutingField field) {
            asked.add(field);
            return field.valueIn(dispute);
          }
        };

    assertThat(tree.find(counting)).isEqualTo("mediation");
    assertThat(asked).containsExactly(TOPIC, HAS_COMPOUND);
  }

  @Test
  void readsThatContradictAnEarlierFiringBreakTheTree() {
    ReadTree<String> tree = new ReadTree<>(16);
    RoutingCase c = of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001001", "C-1");
    tree.file(c, List.of(TOPIC, MATTER_KIND), "community");

    assertThat(tree.file(c, List.of(TOPIC, COMPOUND), "street")).isFalse();

    assertThat(tree.broken()).contains("MATTER_KIND").contains("COMPOUND");
    assertThat(tree.find(c)).as("a broken tree finds nothing").isNull();
  }

  @Test
  void aDecisionThatReadNothingIsFoundForEveryCase() {
    ReadTree<String> tree = new ReadTree<>(16);
    tree.file(of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001001", ""), List.of(), "community");

    assertThat(tree.find(of(Topic.SAFETY, Urgency.EMERGENCY, "350111001001009", "C-3")))
        .isEqualTo("community");
  }

  @Test
  void aFullTreeStartsAgain() {
    ReadTree<String> tree = new ReadTree<>(2);
    RoutingCase dispute = of(Topic.DISPUTE, Urgency.ROUTINE, "350111001001001", "");
    RoutingCase safety = of(Topic.SAFETY, Urgency.ROUTINE, "350111001001001", "");
    RoutingCase property = of(Topic.PROPERTY, Urgency.ROUTINE, "350111001001001", "");
    tree.file(dispute, List.of(TOPIC), "a");
    tree.file(safety, List.of(TOPIC), "b");

    tree.file(property, List.of(TOPIC), "c");

    assertThat(tree.size()).isEqualTo(1);
    assertThat(tree.find(property)).isEqualTo("c");
    assertThat(tree.find(dispute)).isNull();
  }
}
