package org.gridgov.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.common.Checks;
import org.gridgov.core.workorder.Deadlines;

/**
 * Teaches Jackson the shapes of the domain without annotating it:
 *
 * <ul>
 *   <li>a record of the domain with a single text component (an id, a code, a name, a phone number)
 *       is written as that text, and read back through its constructor, so its checks run and their
 *       message becomes the problem;
 *   <li>each sealed interface of the domain (an area, a stakeholder, a resource provider, a work
 *       order event) is written with a {@code "type"} field naming its record, such as {@code
 *       "GridArea"}.
 *   <li>a set is written in the order of its elements' JSON text, so that equal snapshots are
 *       written byte for byte alike whatever order their sets happen to iterate in;
 *   <li>a time or date, written as text, is read only from text: a number is refused rather than
 *       read as a count of seconds or days since 1970;
 *   <li>deadlines are written with {@code "provisional": true} only when they are provisional, and
 *       read as not provisional without it, so that journals and snapshots written before the mark
 *       existed read as they were and official deadlines are written byte for byte as before.
 * </ul>
 */
final class DomainJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final String DOMAIN = "org.gridgov.core.";

  /** Marks a sealed interface as written with a type field. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private interface Typed {}

  /** Writes the provisional mark of deadlines only when set, and reads it as false if absent. */
  private abstract static class DeadlinesShape {
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    @SuppressWarnings("unused")
    private boolean provisional;

    @SuppressWarnings("unused")
    DeadlinesShape(
        Optional<Instant> acceptBy,
        Optional<Instant> resolveBy,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean provisional) {}
  }

  private final Class<?>[] sealedTypes;

  DomainJsonModule(List<Class<?>> sealedTypes) {
    super("gridgov-domain");
    this.sealedTypes = sealedTypes.toArray(new Class<?>[0]);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.setMixInAnnotations(Deadlines.class, DeadlinesShape.class);
    for (Class<?> sealed : sealedTypes) {
      context.setMixInAnnotations(sealed, Typed.class);
      for (Class<?> sub : sealed.getPermittedSubclasses()) {
        context.registerSubtypes(new NamedType(sub, sub.getSimpleName()));
      }
    }
    context.addSerializers(
        new Serializers.Base() {
          @Override
          public JsonSerializer<?> findSerializer(
              SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            RecordComponent text = textComponent(type.getRawClass());
            return text == null ? null : new TextSerializer(text.getAccessor());
          }

          @Override
          public JsonSerializer<?> findCollectionSerializer(
              SerializationConfig config,
              CollectionType type,
              BeanDescription beanDesc,
              TypeSerializer elementTypeSerializer,
              JsonSerializer<Object> elementValueSerializer) {
            return Set.class.isAssignableFrom(type.getRawClass())
                ? new SortedSetSerializer(elementTypeSerializer)
                : null;
          }
        });
    context.addBeanDeserializerModifier(
        new BeanDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> found) {
            return TIMES_AS_TEXT.contains(beanDesc.getBeanClass()) ? new TimeAsText(found) : found;
          }
        });
    context.addDeserializers(
        new Deserializers.Base() {
          @Override
          public JsonDeserializer<?> findBeanDeserializer(
              JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            RecordComponent text = textComponent(raw);
            if (text == null) {
              return null;
            }
            try {
              return new TextDeserializer(raw, raw.getDeclaredConstructor(String.class));
            } catch (NoSuchMethodException e) {
              return null;
            }
          }
        });
  }

  /**
   * The types of time the documents write as text, such as {@code "2024-03-01T08:00:00Z"}. Their
   * Jackson readers also take a number, as seconds or days since 1970, which no document writes: a
   * number there is a mistake, not the first of January 1970.
   */
  private static final Set<Class<?>> TIMES_AS_TEXT =
      Set.of(
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          YearMonth.class);

  /** Reads a time only from text. */
  private static final class TimeAsText extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    TimeAsText(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new TimeAsText(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != null && p.currentToken().isNumeric()) {
        return ctxt.reportInputMismatch(
            handledType(),
            "a time is written as text, such as \"2024-03-01T08:00:00Z\" or \"2024-03-01\", got"
                + " the number "
                + Checks.quote(p.getText()));
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** The single text component of a domain record, or null if the type is not such a record. */
  private static RecordComponent textComponent(Class<?> type) {
    if (!type.isRecord() || !type.getName().startsWith(DOMAIN)) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class ? components[0] : null;
  }

  private static final class TextSerializer extends JsonSerializer<Object> {
    private final Method accessor;

    TextSerializer(Method accessor) {
      this.accessor = accessor;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      try {
        gen.writeString((String) accessor.invoke(value));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  /**
   * Writes a set sorted by the JSON text of its elements: the domain's sets are unordered, and
   * their iteration order changes from one JVM to the next.
   */
  private static final class SortedSetSerializer extends JsonSerializer<Set<?>> {
    private final TypeSerializer elementTypes;

    SortedSetSerializer(TypeSerializer elementTypes) {
      this.elementTypes = elementTypes;
    }

    @Override
    public void serialize(Set<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      List<Map.Entry<String, TokenBuffer>> elements = new ArrayList<>(value.size());
      for (Object element : value) {
        TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
        if (element == null) {
          provider.defaultSerializeNull(buffer);
        } else if (elementTypes != null) {
          provider
              .findValueSerializer(element.getClass())
              .serializeWithType(element, buffer, provider, elementTypes);
        } else {
          provider.findValueSerializer(element.getClass()).serialize(element, buffer, provider);
        }
        elements.add(Map.entry(text(buffer), buffer));
      }
      elements.sort(Map.Entry.comparingByKey());
      gen.writeStartArray(value, elements.size());
      for (Map.Entry<String, TokenBuffer> element : elements) {
        element.getValue().serialize(gen);
      }
      gen.writeEndArray();
    }

    private static String text(TokenBuffer buffer) throws IOException {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = TEXT.createGenerator(out)) {
        buffer.serialize(g);
      }
      return out.toString();
    }
  }

  private static final JsonFactory TEXT = new JsonFactory();

  private static final class TextDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Constructor<?> constructor;

    TextDeserializer(Class<?> type, Constructor<?> constructor) {
      this.type = type;
      this.constructor = constructor;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(type, p);
      }
      String text = p.getText();
      try {
        return constructor.newInstance(text);
      } catch (InvocationTargetException e) {
        throw ctxt.instantiationException(type, e.getCause());
      } catch (InstantiationException | IllegalAccessException e) {
        throw ctxt.instantiationException(type, e);
      }
    }
  }
}
