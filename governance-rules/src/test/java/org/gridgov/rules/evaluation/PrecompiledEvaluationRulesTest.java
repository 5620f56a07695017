package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PrecompiledEvaluationRulesTest {

  @Test
  void everyDefaultEvaluationPackageIsPrecompiledIntoTheExecutableModel() throws IOException {
    ClassLoader cl = getClass().getClassLoader();
    Properties defaults = new Properties();
    try (InputStream in = cl.getResourceAsStream("org/gridgov/rules/default-rules.properties")) {
      defaults.load(in);
    }
    String model;
    try (InputStream in =
        cl.getResourceAsStream("META-INF/kie/org.gridgov/governance-rules/drools-model")) {
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    var evaluationPackages =
        defaults.values().stream()
            .map(String::valueOf)
            .filter(p -> p.startsWith("org.gridgov.rules.evaluation."))
            .toList();

    assertThat(evaluationPackages).hasSize(10);
    assertThat(evaluationPackages).allSatisfy(p -> assertThat(model).contains(p + ".Rules"));
  }
}
