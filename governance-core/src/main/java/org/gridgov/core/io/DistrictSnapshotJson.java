package org.gridgov.core.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.Refused;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.territory.Building;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.District;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Street;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrders;

/**
 * Reads and writes a whole {@link DistrictSnapshot} as versioned JSON.
 *
 * <p>The document starts with {@code "format": "gridgov-district-snapshot"} and {@code "version":
 * 1}; then come the sections {@code territory}, {@code organisation}, {@code people}, {@code
 * posts}, {@code lists}, {@code orders} and {@code meetings}. Ids and codes are written as text,
 * dates and instants in ISO-8601, enums by name, and each work order as its full event history,
 * from which it is rebuilt on reading.
 *
 * <p><b>Personal data.</b> Each instance writes with one {@link PersonalData} choice, named in the
 * document's {@code personalData} field. The district's own record, which must read back, is
 * written by {@code new DistrictSnapshotJson(PersonalData.INCLUDED)}: names, phone and ID numbers
 * in full. {@code new DistrictSnapshotJson()} writes {@link PersonalData#MASKED}, the safe default
 * for a copy that leaves the district: names, phone and ID numbers masked, and every phone or ID
 * number in free text (summaries, reasons, comments, minutes) masked. A masked document is not the
 * snapshot it was written from, so reading one is refused with a single problem at {@code
 * $.personalData} that says so; a document without the field was written in full, before the field
 * existed, and reads as {@code INCLUDED}.
 *
 * <p>Reading validates everything and reports every problem at once with its JSON path and line:
 * malformed values and codes, unknown enum values and fields, duplicate ids, references to units,
 * people, grids and other things the snapshot does not hold, a compound outside the grid it is said
 * to be in, and event histories that break the work-order lifecycle. A document with any problem
 * yields no snapshot. Instances are immutable and thread-safe.
 */
public final class DistrictSnapshotJson {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "gridgov-district-snapshot";

  /** The version this class writes and reads. */
  public static final int VERSION = 1;

  /**
   * The largest snapshot file read, 512 MiB; a larger file is refused before it is read. Reading
   * holds the file's text and its tree at once, so a file near the limit needs a heap of several
   * GiB.
   */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /** The document's field that names how personal data was written. */
  static final String PERSONAL_DATA = "personalData";

  private static final TypeReference<List<WorkOrderEvent>> EVENTS = new TypeReference<>() {};

  /** The fields of the document; any other is refused, as a misspelt section would be lost. */
  private static final List<String> SECTIONS =
      List.of(
          "format",
          "version",
          PERSONAL_DATA,
          "territory",
          "organisation",
          "people",
          "posts",
          "lists",
          "orders",
          "meetings");

  /** The fields of the territory section. */
  private static final List<String> TERRITORY =
      List.of("district", "streets", "communities", "grids", "compounds", "buildings");

  private final ObjectMapper mapper = mapper();
  private final ObjectMapper writer;
  private final PersonalData personalData;

  /**
   * Makes a reader, and a writer that masks personal data ({@link PersonalData#MASKED}). Use {@link
   * #DistrictSnapshotJson(PersonalData)} with {@link PersonalData#INCLUDED} to write the district's
   * own record.
   */
  public DistrictSnapshotJson() {
    this(PersonalData.MASKED);
  }

  /**
   * Makes a reader, and a writer that writes personal data as chosen.
   *
   * @param personalData {@link PersonalData#INCLUDED} for the district's own record, which reads
   *     back; {@link PersonalData#MASKED} for a copy that leaves the district, which does not
   */
  public DistrictSnapshotJson(PersonalData personalData) {
    this.personalData = Objects.requireNonNull(personalData, "choose how personal data is written");
    this.writer = mapper(personalData);
  }

  /**
   * How this instance writes personal data.
   *
   * @return the choice it was made with
   */
  public PersonalData personalData() {
    return personalData;
  }

  /** The mapper that reads, and writes personal data in full. */
  static ObjectMapper mapper() {
    return mapper(PersonalData.INCLUDED);
  }

  /** A mapper that writes personal data as chosen; either reads alike. */
  static ObjectMapper mapper(PersonalData personalData) {
    ObjectMapper m = new ObjectMapper();
    m.registerModule(new Jdk8Module());
    m.registerModule(new JavaTimeModule());
    m.registerModule(
        new DomainJsonModule(
            List.of(Area.class, ResourceProvider.class, Stakeholder.class, WorkOrderEvent.class)));
    if (personalData == PersonalData.MASKED) {
      m.registerModule(new MaskingJsonModule());
    }
    m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    m.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    m.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    // a count of 1.5 or -0.5 is a mistake, not 1 or 0
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType scalar :
        List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      m.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    // a number is not a yes or a no
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    // a blank time is a mistake, not "no deadline": Java time reads a trimmed empty text as absent
    m.coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }

  /**
   * Writes a snapshot as JSON, with personal data as this instance was made to write it.
   *
   * @param snapshot the snapshot
   * @param out where to write; left open
   * @throws UncheckedIOException if writing fails
   */
  public void write(DistrictSnapshot snapshot, OutputStream out) {
    try {
      writer.writeValue(new NonClosing(out), toTree(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a snapshot to a file, replacing it only once the whole snapshot is written, with
   * personal data as this instance was made to write it.
   *
   * @param snapshot the snapshot
   * @param file the file
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(DistrictSnapshot snapshot, Path file) {
    AtomicFiles.writeOwnerOnly(file, out -> write(snapshot, out));
  }

  /**
   * Writes a snapshot as JSON text, with personal data as this instance was made to write it.
   *
   * @param snapshot the snapshot
   * @return the JSON
   */
  public String toJson(DistrictSnapshot snapshot) {
    try {
      return writer.writeValueAsString(toTree(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a snapshot from a file.
   *
   * @param file the file
   * @return the snapshot
   * @throws JsonLoadException if the file is not a regular file, is larger than {@link
   *     #MAX_FILE_BYTES}, cannot be read or has any problem, naming each; a document written with
   *     {@link PersonalData#MASKED} is refused
   */
  public DistrictSnapshot read(Path file) {
    return read(InputFiles.read(file, MAX_FILE_BYTES, "a snapshot file"), file.toString());
  }

  /**
   * Reads a snapshot from JSON text.
   *
   * @param bytes the JSON in UTF-8
   * @param source the document's name for messages
   * @return the snapshot
   * @throws JsonLoadException if the document has any problem, naming each; a document written with
   *     {@link PersonalData#MASKED} is refused
   */
  public DistrictSnapshot read(byte[] bytes, String source) {
    JsonDocument doc = JsonDocument.parse(mapper, source, bytes);
    JsonNode root = doc.object(doc.root(), "$");
    doc.throwIfProblems();
    unknownFields(doc, root, "$", SECTIONS);
    String format = doc.text(root, "$", "format");
    if (format != null && !format.equals(FORMAT)) {
      doc.problem(
          "$.format",
          IoMessages.text("json.shouldBeFormat", FORMAT, JsonDocument.got(root.get("format"))));
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) {
      doc.problem(
          "$.version",
          IoMessages.text(
              "json.shouldBeVersion",
              String.valueOf(VERSION),
              version == null ? IoMessages.text("json.nothing") : JsonDocument.got(version)));
    } else if (version.intValue() != VERSION) {
      doc.problem(
          "$.version",
          IoMessages.text(
              "json.versionNotSupported",
              String.valueOf(version.intValue()),
              String.valueOf(VERSION)));
    }
    personalData(doc, root);
    doc.throwIfProblems();
    SnapshotReader reader = new SnapshotReader(doc, mapper);
    DistrictSnapshot snapshot = reader.read(root);
    doc.throwIfProblems();
    return snapshot;
  }

  /** Refuses a document whose personal data was masked, and a field of any other value. */
  private static void personalData(JsonDocument doc, JsonNode root) {
    JsonNode field = root.get(PERSONAL_DATA);
    if (field == null) {
      return;
    }
    String path = "$." + PERSONAL_DATA;
    if (field.isTextual() && field.textValue().equals(PersonalData.MASKED.name())) {
      doc.problem(path, IoMessages.text("json.masked"));
    } else if (!field.isTextual() || !field.textValue().equals(PersonalData.INCLUDED.name())) {
      doc.problem(path, IoMessages.text("json.shouldBePersonalData", JsonDocument.got(field)));
    }
  }

  private ObjectNode toTree(DistrictSnapshot s) {
    ObjectNode root = writer.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put(PERSONAL_DATA, personalData.name());
    Territory t = s.territory();
    ObjectNode territory = root.putObject("territory");
    territory.set("district", writer.valueToTree(t.district()));
    territory.set("streets", writer.valueToTree(t.streets()));
    territory.set("communities", writer.valueToTree(t.communities()));
    territory.set("grids", writer.valueToTree(t.grids()));
    territory.set("compounds", writer.valueToTree(t.compounds()));
    territory.set("buildings", writer.valueToTree(t.buildings()));
    root.set("organisation", writer.valueToTree(s.organisation()));
    root.set("people", writer.valueToTree(s.people()));
    root.set("posts", writer.valueToTree(s.posts()));
    root.set("lists", writer.valueToTree(s.lists()));
    ArrayNode orders = root.putArray("orders");
    ObjectWriter events = writer.writerFor(EVENTS);
    for (WorkOrder o : s.orders()) {
      orders.addObject().set("events", tree(events, o.history()));
    }
    root.set("meetings", writer.valueToTree(s.meetings()));
    if (personalData == PersonalData.MASKED) {
      // the writer knows the district's people: their names in free text are masked too
      maskText(
          root,
          PersonalDataMask.names(
              s.people().persons().stream().map(p -> p.name().value()).toList()));
    }
    return root;
  }

  /**
   * Masks every text of a tree in place. Phone and ID numbers were masked as the tree was written,
   * and ids and codes are written in ASCII, which no name matches.
   */
  private static void maskText(JsonNode node, UnaryOperator<String> mask) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(mask.apply(field.getValue().textValue())));
        } else {
          maskText(field.getValue(), mask);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(mask.apply(array.get(i).textValue())));
        } else {
          maskText(array.get(i), mask);
        }
      }
    }
  }

  /** Writes a value as a tree through a writer that knows its declared type. */
  private JsonNode tree(ObjectWriter typed, Object value) {
    try (TokenBuffer buffer = new TokenBuffer(writer, false)) {
      typed.writeValue(buffer, value);
      try (var parser = buffer.asParser(writer)) {
        return parser.readValueAsTree();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the sections of one document, collecting problems in it. */
  private static final class SnapshotReader {
    private final JsonDocument doc;
    private final ObjectMapper mapper;

    SnapshotReader(JsonDocument doc, ObjectMapper mapper) {
      this.doc = doc;
      this.mapper = mapper;
    }

    DistrictSnapshot read(JsonNode root) {
      Territory territory = territory(root.get("territory"));
      DistrictSnapshot.Organisation organisation =
          section(
              root,
              "organisation",
              DistrictSnapshot.Organisation.class,
              DistrictSnapshot.Organisation.EMPTY);
      DistrictSnapshot.People people =
          section(root, "people", DistrictSnapshot.People.class, DistrictSnapshot.People.EMPTY);
      DistrictSnapshot.Posts posts =
          section(root, "posts", DistrictSnapshot.Posts.class, DistrictSnapshot.Posts.EMPTY);
      DistrictSnapshot.Lists lists =
          section(root, "lists", DistrictSnapshot.Lists.class, DistrictSnapshot.Lists.EMPTY);
      List<WorkOrder> orders = orders(root.get("orders"));
      DistrictSnapshot.Meetings meetings =
          section(
              root, "meetings", DistrictSnapshot.Meetings.class, DistrictSnapshot.Meetings.EMPTY);
      if (doc.hasProblems() || territory == null) {
        return null;
      }
      DistrictSnapshot snapshot =
          new DistrictSnapshot(territory, organisation, people, posts, lists, orders, meetings);
      new SnapshotReferences(doc, snapshot).check();
      return snapshot;
    }

    /**
     * Binds a section element by element, so that every bad element is reported, then binds the
     * whole section once all its elements are good.
     */
    private <T> T section(JsonNode root, String name, Class<T> type, T empty) {
      String path = "$." + name;
      JsonNode node = root.get(name);
      if (node == null || node.isNull()) {
        return empty;
      }
      if (doc.object(node, path) == null) {
        return empty;
      }
      int before = doc.problemCount();
      for (var component : type.getRecordComponents()) {
        JsonNode value = node.get(component.getName());
        if (value != null && value.isArray()) {
          Class<?> element = elementType(component);
          if (element != null) {
            doc.elements(mapper, node, path, component.getName(), element);
          }
        }
      }
      if (doc.problemCount() > before) {
        return empty;
      }
      T value = doc.bind(mapper, node, path, type);
      return value == null ? empty : value;
    }

    private static Class<?> elementType(java.lang.reflect.RecordComponent component) {
      if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
      return null;
    }

    private Territory territory(JsonNode node) {
      String path = "$.territory";
      if (doc.object(node, path) == null) {
        return null;
      }
      unknownFields(doc, node, path, TERRITORY);
      District district =
          doc.bind(
              mapper,
              node.get("district") == null ? mapper.nullNode() : node.get("district"),
              path + ".district",
              District.class);
      if (district == null) {
        return null;
      }
      Territory.Builder b = Territory.builder(district);
      add(node, path, "streets", Street.class, b::add);
      add(node, path, "communities", Community.class, b::add);
      add(node, path, "grids", Grid.class, b::add);
      add(node, path, "compounds", Compound.class, b::add);
      add(node, path, "buildings", Building.class, b::add);
      return b.build();
    }

    private <T> void add(
        JsonNode node, String path, String field, Class<T> type, Consumer<T> builder) {
      for (JsonDocument.Element<T> e : doc.elements(mapper, node, path, field, type)) {
        try {
          builder.accept(e.value());
        } catch (IllegalArgumentException ex) {
          doc.problem(e.path(), Refused.textOf(ex));
        }
      }
    }

    private List<WorkOrder> orders(JsonNode node) {
      List<WorkOrder> orders = new ArrayList<>();
      JsonNode array = doc.optionalArray(node, "$.orders");
      if (array == null) {
        return orders;
      }
      for (int i = 0; i < array.size(); i++) {
        String path = "$.orders[" + i + "]";
        JsonNode order = doc.object(array.get(i), path);
        if (order == null) {
          continue;
        }
        var unknown = new ArrayList<String>();
        order
            .fieldNames()
            .forEachRemaining(
                f -> {
                  if (!f.equals("events")) {
                    unknown.add(f);
                  }
                });
        unknown.forEach(
            f -> doc.problem(path + JsonPaths.field(f), IoMessages.text("json.orderField")));
        if (doc.array(order.get("events"), path + ".events") == null) {
          continue;
        }
        List<JsonDocument.Element<WorkOrderEvent>> events =
            doc.elements(mapper, order, path, "events", WorkOrderEvent.class);
        if (events.size() != order.get("events").size()) {
          continue;
        }
        try {
          orders.add(WorkOrders.replay(events.stream().map(JsonDocument.Element::value).toList()));
        } catch (IllegalArgumentException e) {
          doc.problem(path + ".events", Refused.textOf(e));
        }
      }
      return orders;
    }
  }

  /** Records a problem for each field of an object that is not one of the known fields. */
  private static void unknownFields(
      JsonDocument doc, JsonNode object, String path, List<String> known) {
    object
        .fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                doc.problem(
                    path + JsonPaths.field(f),
                    IoMessages.text("json.unknownFieldOf", Checks.quote(f), String.valueOf(known)));
              }
            });
  }

  /** Keeps Jackson from closing a stream it was handed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
