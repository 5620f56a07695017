package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DistrictSnapshotJsonCorruptionProperties {

  /** One change to the rich snapshot's JSON: the JSON path it is at, and what it does to a tree. */
  record Corruption(String kind, String path, BiConsumer<JsonNode, String> apply) {
    @Override
    public String toString() {
      return kind + " at " + path;
    }
  }

  /** Fields without which a record cannot be made. */
  private static final List<String> REQUIRED =
      List.of(
          "/territory/grids/3/name",
          "/territory/grids/5/type",
          "/territory/compounds/1/propertyMode",
          "/territory/buildings/2/floors",
          "/organisation/partyOrganisations/4/kind",
          "/organisation/jointCommittees/0/core",
          "/organisation/units/2/name",
          "/organisation/pairings/0/since",
          "/organisation/gridTeams/1/volunteerTeam",
          "/people/persons/5/phone",
          "/people/persons/2/roles",
          "/people/assignments/1/since",
          "/people/firstSecretaries/1/area",
          "/posts/servicePosts/1/capacity",
          "/posts/claims/2/on",
          "/lists/matters/0/kind",
          "/lists/demands/2/raisedAt",
          "/lists/resources/0/provider",
          "/lists/projects/3/status",
          "/orders/1/events/3/actor",
          "/orders/0/events/0/report",
          "/orders/3/events/2/to",
          "/meetings/joint/0/minutes",
          "/meetings/consultations/0/sessions/1/result");

  /** Fields that name something else in the snapshot. */
  private static final Set<String> REFERENCES =
      Set.of(
          "unit",
          "person",
          "raisedBy",
          "post",
          "organisation",
          "core",
          "parent",
          "partyOrganisation",
          "volunteerTeam",
          "sendingUnit",
          "gridBranch",
          "homeGrid",
          "grid",
          "community",
          "compound",
          "building",
          "project",
          "demands",
          "resources",
          "members",
          "agenda",
          "communities");

  private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{15}");
  private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]+");

  private static final List<Corruption> ALL = everyCorruption();

  private static List<Corruption> everyCorruption() {
    List<Corruption> all = new ArrayList<>();
    for (String pointer : REQUIRED) {
      all.add(
          new Corruption(
              "deleted", path(pointer), (tree, p) -> SnapshotDocuments.remove(tree, pointer)));
    }
    walk(SnapshotDocuments.richTree(), "", "$", null, all);
    return List.copyOf(all);
  }

  /** Collects the text values to spoil: codes, enum values and references. */
  private static void walk(
      JsonNode node, String pointer, String path, String field, List<Corruption> all) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        walk(f.getValue(), pointer + "/" + f.getKey(), path + "." + f.getKey(), f.getKey(), all);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, path + "[" + i + "]", field, all);
      }
    } else if (node.isTextual()) {
      String text = node.textValue();
      // a responsible subject's reference is an identifier of any shape (a code, a unit or person
      // id), so a shortened code there is still a valid reference
      if (CODE.matcher(text).matches() && !"reference".equals(field)) {
        all.add(replace("malformed code", pointer, path, text.substring(1)));
      } else if (ENUM.matcher(text).matches()) {
        all.add(replace("unknown enum value", pointer, path, "NO SUCH VALUE"));
      }
      if (field != null && REFERENCES.contains(field)) {
        String missing = CODE.matcher(text).matches() ? missingCode(text) : "missing-" + text;
        all.add(replace("broken reference", pointer, path, missing));
      }
    }
  }

  /** A well-formed code that names nothing: same length, serial 999 or 99. */
  private static String missingCode(String code) {
    return code.length() == 6 ? "350199" : code.substring(0, code.length() - 3) + "999";
  }

  private static Corruption replace(String kind, String pointer, String path, String value) {
    return new Corruption(
        kind,
        path,
        (tree, p) -> {
          int cut = pointer.lastIndexOf('/');
          JsonNode parent = tree.at(pointer.substring(0, cut));
          String last = pointer.substring(cut + 1);
          if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
          } else {
            ((ObjectNode) parent).put(last, value);
          }
        });
  }

  private static String path(String pointer) {
    StringBuilder sb = new StringBuilder("$");
    for (String step : pointer.substring(1).split("/")) {
      sb.append(step.chars().allMatch(Character::isDigit) ? "[" + step + "]" : "." + step);
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    return Arbitraries.of(ALL);
  }

  @Property(tries = 5000, generation = GenerationMode.EXHAUSTIVE)
  void aSingleCorruptionIsRefusedAtItsPathOrARecordAroundIt(
      @ForAll("corruptions") Corruption corruption) {
    JsonNode tree = SnapshotDocuments.richTree();
    corruption.apply().accept(tree, corruption.path());

    JsonLoadException e = SnapshotDocuments.refusal(tree);

    assertThat(SnapshotDocuments.paths(e))
        .as("%s in %s", corruption, e.getMessage())
        .anyMatch(p -> within(corruption.path(), p));
  }

  /** A problem path is at the corrupted path, below it, or at a list element that holds it. */
  private static boolean within(String corrupted, String problem) {
    if (problem.equals(corrupted)
        || problem.startsWith(corrupted + ".")
        || problem.startsWith(corrupted + "[")) {
      return true;
    }
    return problem.contains("[")
        && (corrupted.startsWith(problem + ".") || corrupted.startsWith(problem + "["));
  }
}
