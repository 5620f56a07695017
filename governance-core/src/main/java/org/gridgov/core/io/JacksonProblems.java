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
import org.gridgov.core.common.PersonalDataMask;

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
  static String message(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Throwable cause = e.getCause();
      String m = cause.getMessage();
      return m == null ? cause.getClass().getSimpleName() : m;
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      Class<?> target = f.getTargetType();
      if (target == String.class) {
        return "should be text, got "
            + PersonalDataMask.text(JsonPaths.firstLine(String.valueOf(f.getValue())));
      }
      if (f.getValue() instanceof String && target != String.class && isScalar(target)) {
        return "should be " + describe(target) + ", got text " + Checks.quote(f.getValue());
      }
      if (target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return "unknown value " + Checks.quote(f.getValue()) + "; one of " + allowed;
      }
      return "cannot read "
          + Checks.quote(f.getValue())
          + " as "
          + target.getSimpleName().toLowerCase(Locale.ROOT);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field "
          + Checks.quote(u.getPropertyName())
          + "; known fields are "
          + u.getKnownPropertyIds();
    }
    if (e instanceof InvalidTypeIdException t && t.getTypeId() != null) {
      // Jackson's message quotes the type whole, however long; keep only the known types from it
      String original = String.valueOf(t.getOriginalMessage());
      int known = original.indexOf("known type ids = ");
      return "unknown type "
          + Checks.quote(t.getTypeId())
          + (known < 0 ? "" : "; " + JsonPaths.firstLine(original.substring(known)));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      String original = m.getOriginalMessage();
      if (original != null
          && (original.startsWith("Missing required creator property")
              || original.startsWith("Null value for creator property")
              || original.startsWith("Cannot map `null` into type"))) {
        return "is required";
      }
      return "should be "
          + describe(m.getTargetType())
          + (original == null
              ? ""
              : " (" + PersonalDataMask.text(JsonPaths.firstLine(original)) + ")");
    }
    return PersonalDataMask.text(JsonPaths.firstLine(e.getOriginalMessage()));
  }

  private static boolean isScalar(Class<?> type) {
    return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class;
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "a " + type.getSimpleName();
  }
}
