package org.gridgov.core.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.PersonalDataMask;
import org.gridgov.core.common.Refused;

/** Turns Jackson's binding errors into problems in the domain's words. */
final class JacksonProblems {

  private JacksonProblems() {}

  /** The JSON path below the bound node that the error names, such as {@code .grid.code}. */
  static String suffix(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(JsonPaths.field(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /**
   * What is wrong, with the offending value where Jackson knows it. Values and Jackson's own words,
   * which may quote the input, pass through {@link PersonalDataMask#text(String)}; a constructor's
   * message is kept as it is, since the domain's checks quote values through {@link
   * Checks#quote(Object)}, which masks them.
   */
  static Message message(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Throwable cause = e.getCause();
      if (cause instanceof Refused refused) {
        return refused.text();
      }
      String m = cause.getMessage();
      return Message.text(m == null ? cause.getClass().getSimpleName() : m);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      Class<?> target = f.getTargetType();
      if (target == String.class) {
        return IoMessages.text(
            "json.shouldBeText",
            PersonalDataMask.text(JsonPaths.firstLine(String.valueOf(f.getValue()))));
      }
      if (f.getValue() instanceof String && target != String.class && isScalar(target)) {
        return IoMessages.text(
            "json.shouldBeGotText", describe(target), Checks.quote(f.getValue()));
      }
      if (target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return IoMessages.text("json.unknownValue", Checks.quote(f.getValue()), allowed);
      }
      return IoMessages.text(
          "json.cannotReadAs",
          Checks.quote(f.getValue()),
          target.getSimpleName().toLowerCase(Locale.ROOT));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return IoMessages.text(
          "json.unknownFieldOf",
          Checks.quote(u.getPropertyName()),
          String.valueOf(u.getKnownPropertyIds()));
    }
    if (e instanceof InvalidTypeIdException t && t.getTypeId() != null) {
      // Jackson's message quotes the type whole, however long; keep only the known types from it
      String original = String.valueOf(t.getOriginalMessage());
      int known = original.indexOf("known type ids = ");
      return IoMessages.text(
          "json.unknownType",
          Checks.quote(t.getTypeId()),
          known < 0 ? "" : "; " + JsonPaths.firstLine(original.substring(known)));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      String original = m.getOriginalMessage();
      if (original != null
          && (original.startsWith("Missing required creator property")
              || original.startsWith("Null value for creator property")
              || original.startsWith("Cannot map `null` into type"))) {
        return IoMessages.text("json.required");
      }
      return IoMessages.text(
          "json.shouldBe",
          describe(m.getTargetType()),
          original == null
              ? ""
              : " (" + PersonalDataMask.text(JsonPaths.firstLine(original)) + ")");
    }
    return Message.text(PersonalDataMask.text(JsonPaths.firstLine(e.getOriginalMessage())));
  }

  private static boolean isScalar(Class<?> type) {
    return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class;
  }

  private static Message describe(Class<?> type) {
    if (type == String.class) {
      return IoMessages.text("json.type.text");
    }
    if (type == Boolean.class || type == boolean.class) {
      return IoMessages.text("json.type.boolean");
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return IoMessages.text("json.type.number");
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return IoMessages.text("json.type.array");
    }
    return IoMessages.text("json.type.other", type.getSimpleName());
  }
}
