package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call stopped at the firing bound, a failure a host meets after its rules compiled, reads in
 * Chinese as well as in the English it always had.
 */
class RuleLimitInChineseTest {

  private static final String FOR_EVER =
      """
      package org.gridgov.local.loops;

      rule "fires for ever"
      when
        $i : Integer( this < 2000000000 )
      then
        insert($i + 1);
      end
      """;

  @Test
  void aCallStoppedAtTheFiringBoundSaysSoInEitherLanguage(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("loops.drl"), FOR_EVER);
    GovernanceEngine engine = GovernanceEngine.builder().rules(folder).build();

    assertThatThrownBy(() -> engine.decide(List.of(1)))
        .isInstanceOfSatisfying(
            RuleLimitException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "the rules fired 100100 times for 1 facts and were stopped in"
                          + " org.gridgov.local.loops \"fires for ever\": a rule that inserts");
              assertThat(e.describe(Locale.ENGLISH)).isEqualTo(e.getMessage());
              assertThat(e.describe(Locale.CHINESE))
                  .startsWith(
                      "规则为 1 个事实触发了 100100 次后在 org.gridgov.local.loops \"fires for ever\""
                          + " 中被停止")
                  .contains("引擎继续为其他调用服务")
                  .doesNotContain("the rules");
            });
  }

  @Test
  void aStoppedCallMadeWithEnglishTextReadsTheSameInEveryLanguage() {
    RuleLimitException e = new RuleLimitException("", "stopped");

    assertThat(e.describe(Locale.CHINESE)).isEqualTo("stopped");
    assertThat(e.rule()).isEmpty();
  }
}
