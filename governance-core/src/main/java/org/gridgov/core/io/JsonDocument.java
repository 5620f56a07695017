package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.Refused;

/**
 * A JSON document being read: its tree, and the problems found so far with their paths. Readers
 * walk the tree through these methods, which record a problem and return null instead of throwing,
 * so that one pass finds every problem. {@link #throwIfProblems()} then refuses the whole document,
 * with each problem's line looked up in the original text.
 */
final class JsonDocument {

  private final String source;
  private final byte[] bytes;
  private final JsonNode root;
  private final List<JsonProblem> problems = new ArrayList<>();

  private JsonDocument(String source, byte[] bytes, JsonNode root) {
    this.source = source;
    this.bytes = bytes;
    this.root = root;
  }

  /**
   * Parses a document. A field given twice in one object and content after the document are
   * refused, as Jackson would otherwise keep the last value and ignore the rest.
   *
   * @throws JsonLoadException if it is not well-formed JSON, naming the line and column
   */
  static JsonDocument parse(ObjectMapper mapper, String source, byte[] bytes)
      throws JsonLoadException {
    JacksonSupport.require();
    StrictUtf8.check(source, bytes);
    StrictUtf8.checkNotEmpty(source, bytes);
    ObjectReader reader =
        mapper
            .reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    JsonParser parser;
    try {
      parser = reader.createParser(bytes);
    } catch (IOException e) {
      throw cannotBeRead(source, e);
    }
    try (parser) {
      JsonNode root = reader.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new JsonLoadException(
            source, List.of(new JsonProblem("$", 0, 0, IoMessages.text("json.empty"))));
      }
      return new JsonDocument(source, bytes, root);
    } catch (JsonProcessingException e) {
      // Jackson's limits (nesting depth, length of names and numbers) come without a location;
      // the parser still knows where it stopped.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw new JsonLoadException(
          source,
          List.of(
              new JsonProblem(
                  "$",
                  at.getLineNr(),
                  at.getColumnNr(),
                  IoMessages.text(
                      "json.notWellFormed",
                      PersonalDataMask.text(JsonPaths.firstLine(e.getOriginalMessage()))))));
    } catch (IOException e) {
      throw cannotBeRead(source, e);
    }
  }

  private static JsonLoadException cannotBeRead(String source, IOException e) {
    return new JsonLoadException(
        source,
        List.of(
            new JsonProblem(
                "$", 0, 0, IoMessages.text("json.cannotBeRead", String.valueOf(e.getMessage())))));
  }

  JsonNode root() {
    return root;
  }

  String source() {
    return source;
  }

  void problem(String path, String message) {
    problems.add(new JsonProblem(path, 0, message));
  }

  void problem(String path, Message message) {
    problems.add(new JsonProblem(path, 0, 0, message));
  }

  /** The problem of a value that is required and absent. */
  private void required(String path) {
    problem(path, IoMessages.text("json.required"));
  }

  int problemCount() {
    return problems.size();
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The object at a path, or null (and a problem) if it is anything else. */
  JsonNode object(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      required(path);
      return null;
    }
    if (!node.isObject()) {
      problem(path, IoMessages.text("json.shouldBeObject", got(node)));
      return null;
    }
    return node;
  }

  /**
   * Records a problem for each field of an object that is not among the known ones, so that a
   * misspelt key is not silently ignored.
   *
   * @param object the object
   * @param path its path
   * @param what what the object is, for the message, such as a street
   * @param known the fields it may have, in the order the message names them
   */
  void onlyFields(JsonNode object, String path, Message what, List<String> known) {
    object
        .fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                problem(
                    path + "." + f,
                    IoMessages.text(
                        "json.unknownField",
                        what,
                        String.join(", ", known.stream().map(k -> "\"" + k + "\"").toList())));
              }
            });
  }

  /** The array at a path, or null (and a problem) if it is anything else. */
  JsonNode array(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      required(path);
      return null;
    }
    if (!node.isArray()) {
      problem(path, IoMessages.text("json.shouldBeArray", got(node)));
      return null;
    }
    return node;
  }

  /** The array at a path, an empty list if absent, or null (and a problem) if not an array. */
  JsonNode optionalArray(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    return array(node, path);
  }

  /** The text field of an object, or null (and a problem) if missing or not text. */
  String text(JsonNode object, String path, String field) {
    JsonNode node = object.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      required(at);
      return null;
    }
    if (!node.isTextual()) {
      problem(at, IoMessages.text("json.shouldBeText", got(node)));
      return null;
    }
    return node.textValue();
  }

  /** The optional text field of an object: empty if absent, null (and a problem) if not text. */
  Optional<String> optionalText(JsonNode object, String path, String field) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.ofNullable(text(object, path, field));
  }

  /**
   * Makes a value from the text field of an object, recording the constructor's message as the
   * problem if it refuses the text.
   */
  <T> T value(JsonNode object, String path, String field, Function<String, T> maker) {
    String text = text(object, path, field);
    return text == null ? null : make(path + "." + field, text, maker);
  }

  /** Makes a value, recording the maker's refusal as a problem at the path. */
  <T> T make(String path, String text, Function<String, T> maker) {
    try {
      return maker.apply(text);
    } catch (IllegalArgumentException e) {
      problem(path, Refused.textOf(e));
      return null;
    }
  }

  /**
   * An element of an array read as a value, with the path it was read from.
   *
   * @param path the element's JSON path
   * @param value the value
   */
  record Element<T>(String path, T value) {}

  /**
   * Binds each element of an array to a type, recording each element that does not bind as a
   * problem at its path and keeping the rest, so that one pass finds every bad element.
   */
  <T> List<Element<T>> elements(
      ObjectMapper mapper, JsonNode parent, String path, String field, Class<T> type) {
    String at = path + "." + field;
    JsonNode array = optionalArray(parent.get(field), at);
    List<Element<T>> bound = new ArrayList<>();
    if (array == null) {
      return bound;
    }
    for (int i = 0; i < array.size(); i++) {
      String elementPath = at + "[" + i + "]";
      T value = bind(mapper, array.get(i), elementPath, type);
      if (value != null) {
        bound.add(new Element<>(elementPath, value));
      }
    }
    return bound;
  }

  /** Binds a node to a type, or records why it does not bind and returns null. */
  <T> T bind(ObjectMapper mapper, JsonNode node, String path, Class<T> type) {
    try {
      T value = mapper.treeToValue(node, type);
      if (value == null) {
        required(path);
      }
      return value;
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      problem(path + JacksonProblems.suffix(e), JacksonProblems.message(e));
      return null;
    } catch (JsonProcessingException e) {
      problem(path, PersonalDataMask.text(e.getOriginalMessage()));
      return null;
    }
  }

  /** Refuses the document if any problem was found. */
  void throwIfProblems() throws JsonLoadException {
    if (problems.isEmpty()) {
      return;
    }
    Map<String, Integer> lines = lines();
    List<JsonProblem> located = new ArrayList<>(problems.size());
    for (JsonProblem p : problems) {
      located.add(new JsonProblem(p.path(), lineOf(lines, p.path()), 0, p.text()));
    }
    throw new JsonLoadException(source, located);
  }

  /** The line of a path, or of its nearest enclosing path that has one. */
  private static int lineOf(Map<String, Integer> lines, String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return 0;
      }
      p = p.substring(0, cut);
    }
  }

  /** Streams the text once more to learn the line at which each path's value starts. */
  private Map<String, Integer> lines() {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new ObjectMapper().getFactory().createParser(bytes)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        lines.putIfAbsent(
            pathOf(parser.getParsingContext(), t), parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // The tree parsed, so the text is well-formed; lines are only a help to the reader.
    }
    return lines;
  }

  private static String pathOf(JsonStreamContext context, JsonToken token) {
    boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    return JsonPaths.of(opens ? context.getParent() : context);
  }

  /**
   * A node as a problem names what it got, such as {@code number 42}, its kind in the reader's
   * language.
   */
  static Message got(JsonNode node) {
    String text = PersonalDataMask.text(node.toString());
    return IoMessages.text(
        "json.got",
        IoMessages.text("json.node." + node.getNodeType().name()),
        text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }

  /** The kind and text of a node, shortened, with any phone or ID number in it masked. */
  static String describe(JsonNode node) {
    String kind = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    String text = PersonalDataMask.text(node.toString());
    return kind + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
