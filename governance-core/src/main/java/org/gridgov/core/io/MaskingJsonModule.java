package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.people.IdNumber;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.workorder.ResponsibleSubject;

/**
 * Writes personal data masked ({@link PersonalData#MASKED}): names, phone and ID numbers in their
 * masked form, a person's name as a responsible subject masked, and every other text through {@link
 * PersonalDataMask#text(String)}. Ids and codes, written by {@link DomainJsonModule} as the text of
 * their records, are not touched. Registered after {@link DomainJsonModule}, so that its
 * serializers come first.
 */
final class MaskingJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  MaskingJsonModule() {
    super("gridgov-masking");
    addSerializer(String.class, new Text<>(PersonalDataMask::text));
    addSerializer(PersonName.class, new Text<>(PersonName::masked));
    addSerializer(PhoneNumber.class, new Text<>(PhoneNumber::masked));
    addSerializer(IdNumber.class, new Text<>(IdNumber::masked));
    addSerializer(ResponsibleSubject.class, new Subject());
  }

  /** Writes a value as masked text. */
  private static final class Text<T> extends JsonSerializer<T> {
    private final Function<T, String> masked;

    Text(Function<T, String> masked) {
      this.masked = masked;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(masked.apply(value));
    }
  }

  /** Writes a responsible subject in its usual shape, with its masked name. */
  private static final class Subject extends JsonSerializer<ResponsibleSubject> {
    @Override
    public void serialize(ResponsibleSubject value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      gen.writeStringField("kind", value.kind().name());
      gen.writeStringField("reference", PersonalDataMask.text(value.reference()));
      gen.writeStringField("name", value.maskedName());
      gen.writeEndObject();
    }
  }
}
