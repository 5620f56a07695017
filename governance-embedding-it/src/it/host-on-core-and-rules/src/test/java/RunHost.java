import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the program of docs/EMBEDDING.md, {@link Host}, on the populated district named by the
 * first argument, and fails unless it printed an order dispatched to the property company of a
 * compound of the district, by the routing rule and the time-limit row that decided.
 */
public final class RunHost {

  private static final Pattern DISPATCHED =
      Pattern.compile("WO-1 → PROPERTY_COMPANY:C\\d{15}-\\d+ \\(.+\\)");
  private static final String REASON =
      "routed by rule \"property matters go to the property company\"; time limits by rule"
          + " \"routine orders are accepted within 1 working day and resolved within 5 working"
          + " days\": accept within 1 working day, resolve within 5 working days";

  private RunHost() {}

  public static void main(String[] args) {
    if (args.length != 1 || args[0].isBlank()) {
      throw new IllegalArgumentException("usage: RunHost DISTRICT.json (got " + List.of(args) + ")");
    }
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Host.main(args);
    } finally {
      System.setOut(out);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    lines.forEach(line -> out.println("Host: " + line));

    check(lines.size() == 2, "Host printed 2 lines", lines);
    check(DISPATCHED.matcher(lines.get(0)).matches(), "line 1 matches " + DISPATCHED, lines);
    // deadlines counted past the official holiday table add "; deadlines provisional: ..."
    check(lines.get(1).startsWith(REASON), "line 2 starts with " + REASON, lines);
    out.println("Host routed and dispatched an order in the populated district");
  }

  private static void check(boolean holds, String expected, List<String> lines) {
    if (!holds) {
      throw new AssertionError("expected " + expected + "; Host printed " + lines);
    }
  }
}
