package org.gridgov.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.decisiontable.parser.ActionType;
import org.drools.decisiontable.parser.RuleSheetParserUtil;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.drl.extensions.DecisionTableFactory;
import org.drools.template.parser.DataListener;
import org.gridgov.core.common.Message;
import org.gridgov.rules.RuleProblem;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A decision table, read cell by cell as Drools reads it, checked for the mistakes Drools lets
 * through, converted to DRL, and the way back from a line of that DRL to the table's row.
 *
 * <p>Drools takes any column header whose first letter is that of a header it knows: {@code
 * CONDITON} is a condition, but {@code DESCRIPTON} is a duration and {@code BOGUS} makes every rule
 * of the table disabled (B is ENABLED). So a header in the row after a {@code RuleTable} row must
 * be one of the words Drools knows, or one of their one-letter short forms. Drools reads a CSV
 * table line by line, and a quote that opens a cell and is not closed on its line swallows the rest
 * of the line into that cell, separators and all: such a quote is refused too.
 *
 * <p>Rows are numbered from 1 as in a spreadsheet; in a CSV table, row n is line n, since Drools
 * does not let a cell span lines. Spreadsheets are read from their first sheet, as Drools compiles
 * only that one.
 */
final class DecisionTable {

  /** The comment Drools writes above each rule it generates, naming the row of its values. */
  private static final Pattern RULE_ROW =
      Pattern.compile("^\\s*//\\s*rule values at [A-Z]+(\\d+), header at [A-Z]+\\d+");

  /** Where a Drools message about a table names its cell. */
  private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]+)(\\d+)");

  /** The keywords of the rows before the tables, with the DRL each turns into. */
  private static final Map<String, String> SECTIONS =
      Map.of(
          "ruleset", "package",
          "import", "import",
          "variables", "global",
          "functions", "function",
          "queries", "query",
          "declare", "declare");

  private static final int QUOTED_SHOWN = 60;

  private final String file;
  private final String fileName;
  private final boolean csv;
  private final byte[] bytes;
  private final String sheet;
  private final Map<Integer, Map<Integer, String>> cells;
  private final boolean read;
  private int[] rowOfLine = new int[0];

  private DecisionTable(
      String file,
      String fileName,
      boolean csv,
      byte[] bytes,
      String sheet,
      Map<Integer, Map<Integer, String>> cells,
      boolean read) {
    this.file = file;
    this.fileName = fileName;
    this.csv = csv;
    this.bytes = bytes;
    this.sheet = sheet;
    this.cells = cells;
    this.read = read;
  }

  /**
   * Whether a file of this name is a decision table: {@code *.drl.csv}, {@code *.xlsx}, {@code
   * *.xls}.
   */
  static boolean isTable(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".drl.csv") || name.endsWith(".xlsx") || name.endsWith(".xls");
  }

  /**
   * How Drools is to read the file as a decision table.
   *
   * @param fileName a name for which {@link #isTable} holds
   */
  static DecisionTableConfiguration configuration(String fileName) {
    DecisionTableConfiguration table = KnowledgeBuilderFactory.newDecisionTableConfiguration();
    table.setInputType(
        fileName.toLowerCase(Locale.ROOT).endsWith(".drl.csv")
            ? DecisionTableInputType.CSV
            : DecisionTableInputType.XLSX);
    return table;
  }

  /**
   * Reads a table's cells. A spreadsheet that cannot be read (Apache POI is missing, or the file is
   * not a workbook) is left to the conversion, which says why.
   *
   * @param file the file's name for messages
   * @param fileName the file's own name, whose extension tells CSV from spreadsheet
   * @param bytes the file
   */
  static DecisionTable read(String file, String fileName, byte[] bytes) {
    boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".drl.csv");
    Cells listener = new Cells();
    boolean read = true;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      if (csv) {
        new CsvParser(listener, new CsvLineParser()).parseFile(in);
      } else {
        new ExcelParser(listener).parseFile(in);
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      read = false;
    }
    String sheet = csv ? null : firstSheetName(bytes).orElse(null);
    return new DecisionTable(file, fileName, csv, bytes, sheet, listener.cells, read);
  }

  /**
   * The mistakes Drools would let through: column headers it does not know, and in a CSV table
   * quotes not closed on their line.
   *
   * @return each with the file, the row and the offending cell; empty if there are none
   */
  List<RuleProblem> problems() {
    List<RuleProblem> problems = new ArrayList<>();
    if (csv) {
      unclosedQuotes(problems);
    }
    if (read) {
      unknownHeaders(problems);
    }
    return problems;
  }

  /**
   * Converts the table to the DRL Drools compiles, and learns which row each line comes from.
   *
   * @throws RuntimeException as Drools does, if the table cannot be converted
   * @throws LinkageError if a spreadsheet needs Apache POI and it is missing
   */
  String drl() {
    String drl =
        DecisionTableFactory.loadFromResource(
            ResourceFactory.newByteArrayResource(bytes), configuration(fileName));
    rowOfLine = rows(drl == null ? "" : drl);
    return drl;
  }

  /**
   * The row of the table a line of its DRL comes from: the row of a rule's values for the lines of
   * that rule, the row of the {@code RuleSet}, {@code Import}, {@code Variables}, {@code
   * Functions}, {@code Queries} or {@code Declare} keyword for what they turn into.
   *
   * @param line a line of the DRL from {@link #drl()}, from 1
   * @return the row, from 1; 0 if the line comes from no row
   */
  int row(int line) {
    return line >= 1 && line <= rowOfLine.length ? rowOfLine[line - 1] : 0;
  }

  /**
   * A problem Drools found converting the table: the row it names in its message (as in "in cell
   * E9"), with where the cell is for a spreadsheet.
   */
  RuleProblem conversionProblem(String message) {
    // Drools puts the resource's path, which it does not have here, before the message
    String m = message.replaceFirst("^\\[null\\]\\s*", "");
    Matcher cell = CELL.matcher(m);
    int row = cell.find() ? Integer.parseInt(cell.group(2)) : 0;
    return new RuleProblem(file, row, where() + m);
  }

  /**
   * A message placed on the sheet the rows are on, for a spreadsheet; as it is, for a CSV table.
   */
  Message on(Message message) {
    if (csv) {
      return message;
    }
    return sheet == null
        ? ProblemText.of("firstSheet", message)
        : ProblemText.of("sheet", sheet, message);
  }

  /** For a spreadsheet, the sheet the rows are on; for a CSV table, nothing. */
  String where() {
    if (csv) {
      return "";
    }
    return sheet == null ? "first sheet: " : "sheet \"" + sheet + "\": ";
  }

  private int[] rows(String drl) {
    Map<String, Integer> sectionRows = sectionRows();
    List<String> lines = drl.lines().toList();
    int[] rows = new int[lines.size()];
    int current = 0;
    boolean inRules = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher rule = RULE_ROW.matcher(line);
      if (rule.find()) {
        inRules = true;
        current = Integer.parseInt(rule.group(1));
      } else if (!inRules) {
        String word = line.strip().split("[\\s(;]", 2)[0];
        if (sectionRows.containsKey(word)) {
          current = sectionRows.get(word);
        }
      }
      rows[i] = current;
    }
    return rows;
  }

  /** The row of each keyword before the tables, by the DRL it turns into. */
  private Map<String, Integer> sectionRows() {
    Map<String, Integer> rows = new TreeMap<>();
    cells.forEach(
        (row, columns) ->
            columns.values().stream()
                .map(v -> SECTIONS.get(v.strip().toLowerCase(Locale.ROOT)))
                .filter(drl -> drl != null)
                .findFirst()
                .ifPresent(drl -> rows.putIfAbsent(drl, row + 1)));
    return rows;
  }

  // ------------------------------------------------------------------ headers

  /** The headers Drools knows, as written in its documentation, with their short forms. */
  static String knownHeaders() {
    String words =
        Arrays.stream(ActionType.Code.values())
            .map(c -> c.getColHeader() + (c == ActionType.Code.SALIENCE ? " (the salience)" : ""))
            .collect(Collectors.joining(", "));
    String shorts =
        Arrays.stream(ActionType.Code.values())
            .map(ActionType.Code::getColShort)
            .collect(Collectors.joining(", "));
    return words + ", or their one-letter forms " + shorts;
  }

  private static boolean known(String header) {
    String upper = header.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(ActionType.Code.values())
        .anyMatch(c -> c.getColHeader().equals(upper) || c.getColShort().equals(upper));
  }

  /** What Drools would make of a header it does not know by name: it goes by the first letter. */
  private static String droolsReading(String header) {
    String upper = header.strip().toUpperCase(Locale.ROOT);
    ActionType.Code code = ActionType.getTag2code().get(upper.substring(0, 1));
    return code == null
        ? "Drools refuses it"
        : "Drools would take it, by its first letter, for " + code.getColHeader();
  }

  /**
   * Each non-blank cell in the row after a {@code RuleTable} cell, from that cell's column on, must
   * be a header Drools knows by name. A table starts at any cell that begins with {@code
   * RuleTable}, as Drools reads it, outside the row of the table that is being read.
   */
  private void unknownHeaders(List<RuleProblem> problems) {
    int tableRow = -1;
    int tableColumn = -1;
    for (Map.Entry<Integer, Map<Integer, String>> row : cells.entrySet()) {
      int r = row.getKey();
      for (Map.Entry<Integer, String> cell : row.getValue().entrySet()) {
        String value = cell.getValue().strip();
        if (r != tableRow && value.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
          tableRow = r;
          tableColumn = cell.getKey();
        } else if (tableRow >= 0
            && r == tableRow + 1
            && cell.getKey() >= tableColumn
            && !known(value)) {
          String ref = RuleSheetParserUtil.rc2name(r, cell.getKey());
          problems.add(
              new RuleProblem(
                  file,
                  r + 1,
                  where()
                      + "cell "
                      + ref
                      + ", in the row of column headers after the RuleTable row, holds \""
                      + shown(value)
                      + "\", which is not a column header ("
                      + droolsReading(value)
                      + "); a column header is one of "
                      + knownHeaders()));
        }
      }
    }
  }

  // ------------------------------------------------------------------ quotes

  /**
   * A quote that opens a cell must close it on the same line, followed by a comma or the end of the
   * line (a quote inside the cell is written twice). Otherwise Drools reads the rest of the line,
   * separators and all, as that one cell.
   */
  private void unclosedQuotes(List<RuleProblem> problems) {
    // Drools reads the lines in the platform's charset; quotes and commas are ASCII in any of them
    String text = new String(bytes, Charset.defaultCharset());
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int column = 0;
      int at = 0;
      while (at < line.length()) {
        if (line.charAt(at) == '"') {
          int end = closingQuote(line, at + 1);
          if (end < 0) {
            String ref = RuleSheetParserUtil.rc2name(i, column);
            problems.add(
                new RuleProblem(
                    file, i + 1, ProblemText.of("unclosedQuote", ref, shown(line.substring(at)))));
            break;
          }
          at = end + 1;
        } else {
          int comma = line.indexOf(',', at);
          at = comma < 0 ? line.length() : comma;
        }
        // at is on the comma after the cell, or at the end of the line
        at++;
        column++;
      }
    }
  }

  /**
   * Where the quoted cell starting at {@code from} closes, as Drools reads it: at a quote followed
   * by a comma or by the end of the line, two quotes being one quote of the cell.
   *
   * @return the index of the closing quote, or -1 if the cell runs to the end of the line
   */
  private static int closingQuote(String line, int from) {
    int j = from;
    while (j < line.length()) {
      if (line.charAt(j) == '"') {
        if (j + 1 == line.length() || line.charAt(j + 1) == ',') {
          return j;
        }
        if (line.charAt(j + 1) == '"') {
          j++;
        }
      }
      j++;
    }
    return -1;
  }

  private static String shown(String text) {
    return text.length() <= QUOTED_SHOWN ? text : text.substring(0, QUOTED_SHOWN) + "…";
  }

  // ------------------------------------------------------------------ sheets

  /**
   * The name of an XLSX workbook's first sheet, the one Drools compiles, from the workbook's list
   * of sheets; empty for an XLS workbook or one that cannot be read so.
   */
  private static Optional<String> firstSheetName(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
          Matcher m = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"").matcher(xml);
          return m.find() ? Optional.of(unescapeXml(m.group(1))) : Optional.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a zip: an XLS workbook, or no workbook at all
    }
    return Optional.empty();
  }

  private static String unescapeXml(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** Collects the cells Drools' parsers give, as its rule sheet listener sees them. */
  private static final class Cells implements DataListener {
    final Map<Integer, Map<Integer, String>> cells = new TreeMap<>();

    @Override
    public void startSheet(String name) {}

    @Override
    public void finishSheet() {}

    @Override
    public void newRow(int row, int columns) {}

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
      if (value != null && !value.isBlank()) {
        cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
      }
    }
  }
}
