package org.gridgov.rules;

import java.util.Locale;
import java.util.Objects;
import org.gridgov.core.common.Describable;
import org.gridgov.core.common.Message;

/**
 * A call stopped because its rules went past a bound the engine keeps, so that a rule that would
 * run on for ever fails its own call in bounded time and the engine goes on serving other calls.
 *
 * <p>A call fires at most {@value #BASE_FIRINGS} rules plus {@value #FIRINGS_PER_FACT} per fact
 * given; each firing runs code without loops, recursion or unbounded allocation (the engine refuses
 * such code when it loads integrator rules), so the call ends within that many firings. Past the
 * bound the call's session is dropped and this exception names the rule that fired last with an
 * insert, which is the rule that keeps re-activating. A rule whose code overflows the stack is
 * reported the same way.
 *
 * <p>{@link #getMessage()} is English; {@link #describe(Locale)} says the same in the reader's
 * language, from governance-rules' bundle ({@code rule.limit.*}).
 */
public final class RuleLimitException extends RuntimeException implements Describable {

  private static final long serialVersionUID = 1L;

  /** The firings every call may make, whatever its number of facts. */
  public static final int BASE_FIRINGS = 100_000;

  /** The firings a call may make for each fact it is given. */
  public static final int FIRINGS_PER_FACT = 100;

  private final String rule;

  /** The message, kept for this process: a deserialised exception reads its English message. */
  private final transient Message text;

  /**
   * Makes the exception for a call stopped in a rule, with a message that reads the same in every
   * language.
   *
   * @param rule the package and name of the rule, or empty when no rule is known
   * @param message what bound was passed and what became of the call
   */
  public RuleLimitException(String rule, String message) {
    this(rule, Message.text(Objects.requireNonNull(message, "message")));
  }

  /**
   * Makes the exception for a call stopped in a rule.
   *
   * @param rule the package and name of the rule, or empty when no rule is known
   * @param message what bound was passed and what became of the call, as a message that renders in
   *     the reader's language
   */
  public RuleLimitException(String rule, Message message) {
    super(Objects.requireNonNull(message, "message").render(Locale.ENGLISH));
    this.rule = Objects.requireNonNull(rule, "rule");
    this.text = message;
  }

  /**
   * The rule the call was stopped in.
   *
   * @return the package and name of the rule, such as {@code org.example.rules "loops"}, or empty
   *     when no rule had inserted anything yet
   */
  public String rule() {
    return rule;
  }

  /**
   * What bound was passed and what became of the call.
   *
   * @return the message; one that is its own text after deserialisation
   */
  public Message text() {
    return text == null ? Message.text(getMessage()) : text;
  }

  @Override
  public String describe(Locale locale) {
    return text().render(locale);
  }
}
