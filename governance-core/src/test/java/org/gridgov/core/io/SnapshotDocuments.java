package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.core.district.DistrictSnapshot;

/** The rich snapshot as a JSON tree to spoil, and the load that must refuse it. */
final class SnapshotDocuments {

  static final String SOURCE = "district.json";

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final DistrictSnapshotJson JSON = new DistrictSnapshotJson(PersonalData.INCLUDED);
  private static final String RICH = JSON.toJson(SnapshotFixtures.rich());

  private SnapshotDocuments() {}

  /** The rich snapshot's JSON text. */
  static String richText() {
    return RICH;
  }

  /** A fresh copy of the rich snapshot's JSON tree. */
  static ObjectNode richTree() {
    try {
      return (ObjectNode) TREES.readTree(RICH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object at a JSON pointer such as {@code /people/persons/3}. */
  static ObjectNode object(JsonNode root, String pointer) {
    JsonNode node = root.at(pointer);
    if (!node.isObject()) {
      throw new IllegalArgumentException("no object at " + pointer);
    }
    return (ObjectNode) node;
  }

  /** The array at a JSON pointer. */
  static ArrayNode array(JsonNode root, String pointer) {
    JsonNode node = root.at(pointer);
    if (!node.isArray()) {
      throw new IllegalArgumentException("no array at " + pointer);
    }
    return (ArrayNode) node;
  }

  /** Sets a text field, the last step of the pointer naming the field. */
  static void setText(JsonNode root, String pointer, String value) {
    JsonPointer p = JsonPointer.compile(pointer);
    object(root, p.head().toString()).put(p.last().getMatchingProperty(), value);
  }

  /** Removes the field the last step of the pointer names. */
  static void remove(JsonNode root, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    object(root, p.head().toString()).remove(p.last().getMatchingProperty());
  }

  static byte[] bytes(JsonNode tree) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DistrictSnapshot read(JsonNode tree) {
    return JSON.read(bytes(tree), SOURCE);
  }

  /** The refusal of a document, failing if the document is loaded. */
  static JsonLoadException refusal(JsonNode tree) {
    return refusal(bytes(tree));
  }

  /** The refusal of a document, failing if the document is loaded. */
  static JsonLoadException refusal(String text) {
    return refusal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonLoadException refusal(byte[] bytes) {
    DistrictSnapshot loaded;
    try {
      loaded = JSON.read(bytes, SOURCE);
    } catch (JsonLoadException e) {
      return e;
    }
    throw new AssertionError("the document was loaded: " + loaded.counts());
  }

  /** The paths of a refusal's problems. */
  static List<String> paths(JsonLoadException e) {
    return e.problems().stream().map(JsonProblem::path).toList();
  }

  /** The one problem at a path, failing if there is none. */
  static JsonProblem at(JsonLoadException e, String path) {
    return e.problems().stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.getMessage()));
  }
}
