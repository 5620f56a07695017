package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Identifiers are exactly the strings of the documented pattern. */
class ChecksProperties {

  private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> nearly =
        Arbitraries.strings().withChars("aZ09._:-/ é网").ofMinLength(0).ofMaxLength(70);
    Arbitrary<String> any = Arbitraries.strings().ofMinLength(0).ofMaxLength(70);
    return Arbitraries.oneOf(nearly, any);
  }

  @Property(tries = 3000)
  void anIdentifierIsAcceptedExactlyWhenItMatchesThePattern(@ForAll("candidates") String value) {
    if (DOCUMENTED.matcher(value).matches()) {
      assertThat(Checks.identifier(value, "an id")).isSameAs(value);
    } else {
      assertThatThrownBy(() -> Checks.identifier(value, "an id"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("an id has 1 to 64 letters");
    }
  }
}
