package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RouteCandidate;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads swap the rules atomically: a call sees the old rules or the new, never a mix. */
class ReloadWhileDecidingTest {

  private static void writeVersion(Path dir, int version) throws IOException {
    Files.writeString(
        dir.resolve("version.drl"),
        """
        package org.gridgov.local.version;
        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.RouteCandidate;

        rule "tag every order with the rules' version"
        when
          $case : RoutingCase()
        then
          insert(RouteCandidate.of($case, RoutingTarget.STREET, -%d, "none", "normally",
              drools.getRule().getName()));
        end
        """
            .formatted(version));
  }

  private static RoutingCase routingCase(int i) {
    return new RoutingCase(
        "WO-" + i,
        "SERVICE_OTHER",
        Topic.GENERAL,
        "",
        MatterKind.AUTONOMY,
        Urgency.ROUTINE,
        Scope.WITHIN_GRID,
        "",
        PropertyMode.NONE,
        false,
        false,
        false,
        false,
        "350111001001001",
        "350111001001",
        "350111001",
        false);
  }

  @Test
  void everyCallDecidesOnOneVersionOfTheRulesWhileTheyAreReloaded(@TempDir Path dir)
      throws Exception {
    writeVersion(dir, 1);
    GovernanceEngine engine = GovernanceEngine.builder().rules(dir).build();
    List<RoutingCase> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      batch.add(routingCase(i));
    }
    AtomicBoolean reloading = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<Integer> reloader =
          pool.submit(
              () -> {
                int reloads = 0;
                for (int v = 2; v <= 4; v++) {
                  writeVersion(dir, v);
                  engine.reload();
                  reloads++;
                }
                reloading.set(false);
                return reloads;
              });
      List<Future<Set<Set<Integer>>>> callers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        callers.add(
            pool.submit(
                () -> {
                  Set<Set<Integer>> versionsPerCall = new HashSet<>();
                  int calls = 0;
                  while (reloading.get() || calls < 3) {
                    Set<Integer> versions = new HashSet<>();
                    int tagged = 0;
                    for (Decision d : engine.decide(batch)) {
                      if (d instanceof RouteCandidate c && c.rule().startsWith("tag every order")) {
                        versions.add(-c.priority());
                        tagged++;
                      }
                    }
                    assertThat(tagged).isEqualTo(batch.size());
                    versionsPerCall.add(versions);
                    calls++;
                  }
                  return versionsPerCall;
                }));
      }
      assertThat(reloader.get(60, TimeUnit.SECONDS)).isEqualTo(3);
      for (Future<Set<Set<Integer>>> caller : callers) {
        assertThat(caller.get(60, TimeUnit.SECONDS)).allSatisfy(v -> assertThat(v).hasSize(1));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(engine.decide(List.of(routingCase(1))))
        .filteredOn(d -> d.rule().startsWith("tag every order"))
        .singleElement()
        .satisfies(d -> assertThat(((RouteCandidate) d).priority()).isEqualTo(-4));
  }
}
