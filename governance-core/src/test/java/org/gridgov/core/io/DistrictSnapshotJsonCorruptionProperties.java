package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HostileJson.Hostile;
import org.gridgov.core.io.HostileJson.Place;

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
        .anyMatch(p -> HostileJson.within(corruption.path(), p));
  }

  // ---------------------------------------------------------------- hostile documents

  private static final DistrictSnapshotJson JSON = new DistrictSnapshotJson(PersonalData.INCLUDED);
  private static final byte[] RICH = SnapshotDocuments.richText().getBytes(StandardCharsets.UTF_8);
  private static final JsonNode RICH_TREE = SnapshotDocuments.richTree();
  private static final DistrictSnapshot LOADED = JSON.read(RICH, SnapshotDocuments.SOURCE);
  private static final List<Place> PLACES = HostileJson.places(RICH_TREE);
  private static final List<Place> TEXTS = HostileJson.texts(PLACES);

  /**
   * The refusal of a hostile snapshot, after which the reader reads the rich snapshot unchanged.
   */
  private static JsonLoadException refusal(Hostile hostile) {
    JsonLoadException e =
        HostileJson.refusal(
            b -> JSON.read(b, SnapshotDocuments.SOURCE), hostile, SnapshotDocuments.SOURCE);
    assertThat(JSON.read(RICH, SnapshotDocuments.SOURCE)).isEqualTo(LOADED);
    return e;
  }

  @Provide
  Arbitrary<Hostile> malformed() {
    return HostileJson.malformed(RICH, RICH_TREE, PLACES);
  }

  @Property(tries = 100)
  void aSnapshotThatIsNotWellFormedIsRefusedAtTheLineWhereItBreaks(
      @ForAll("malformed") Hostile hostile) {
    assertThat(HostileJson.notWellFormed(refusal(hostile), hostile).path()).isEqualTo("$");
  }

  /**
   * Numbers out of range: negative, fractional where whole, too large for an int, a long or a
   * double. The snapshot's numbers are counts and ratios, for which none of these is valid.
   */
  private static Arbitrary<Hostile> numbersOutOfRange() {
    List<Place> numbers = PLACES.stream().filter(p -> p.type() == JsonNodeType.NUMBER).toList();
    return Combinators.combine(
            Arbitraries.of(numbers),
            Arbitraries.of(
                "-1",
                "-0.5",
                "1.5",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "1e400",
                "-1e400",
                "12345678901234567890123456789"))
        .as(
            (place, value) ->
                new Hostile(
                    "the number " + value,
                    place.path(),
                    HostileJson.replaced(RICH_TREE, place, value)));
  }

  @Provide
  Arbitrary<Hostile> wrongValues() {
    return Arbitraries.oneOf(
        HostileJson.wrongValues(RICH_TREE, PLACES, TEXTS),
        HostileJson.hugeNames(RICH_TREE, PLACES),
        numbersOutOfRange());
  }

  @Property(tries = 150)
  void aWrongValueAnywhereIsRefusedAtItsPath(@ForAll("wrongValues") Hostile hostile) {
    HostileJson.assertNamesThePlace(refusal(hostile), hostile);
  }
}
