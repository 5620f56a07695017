package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.gridgov.core.calendar.DayKind;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Counts working days between two dates on the Chinese working calendar. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the working days after FROM up to and including TO on the Chinese calendar, with"
          + " public holidays and adjusted working days (official 2004-2026; later years are"
          + " provisional, derived from the holiday regulation), and lists the days off and"
          + " adjusted working days between them, marking provisional ones."
    })
final class CalendarCommand implements Callable<Integer> {

  /** A date as the command takes it: a year of four digits or more, a month and a day. */
  private static final Pattern DATE = Pattern.compile("-?[0-9]{4,9}-[0-9]{2}-[0-9]{2}");

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FROM",
      description = "the first date, such as 2024-02-01")
  private String from;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TO",
      description = "the last date, such as 2024-02-29")
  private String to;

  @Option(names = "--holidays", paramLabel = "FILE", description = HolidayFilesOption.DESCRIPTION)
  private List<Path> holidays = new ArrayList<>();

  @Option(
      names = "--status",
      description =
          "prints the official coverage, the days of it left, the provisional years and the"
              + " source of each year")
  private boolean status;

  @Override
  public Integer call() {
    WorkingCalendar calendar;
    try {
      calendar = HolidayFilesOption.calendar(holidays);
    } catch (HolidayFilesOption.Refused e) {
      throw new CommandLineProblem((org.gridgov.core.common.Describable) e);
    }
    if (status) {
      printStatus(calendar, spec.commandLine().getOut(), Texts.in(GridGovCommand.locale(spec)));
      if (from == null) {
        return 0;
      }
    }
    if (from == null || to == null) {
      throw CommandLineProblem.of("calendar.bothDates");
    }
    LocalDate first = date(from, "FROM");
    LocalDate last = date(to, "TO");
    if (last.isBefore(first)) {
      throw CommandLineProblem.of("calendar.toBeforeFrom", last.toString(), first.toString());
    }
    int days = calendar.workingDaysBetween(first, last);
    var out = spec.commandLine().getOut();
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    out.println(texts.get("calendar.days", days, first.toString(), last.toString()));
    if (calendar.isProvisional(last)) {
      out.println(
          texts.get(
              "calendar.provisionalFrom",
              (calendar.isProvisional(first.plusDays(1))
                      ? first.plusDays(1)
                      : calendar.coverage().last().plusDays(1))
                  .toString()));
    }
    for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      DayKind kind = calendar.kindOf(d);
      if (kind == DayKind.HOLIDAY || kind == DayKind.ADJUSTED_WORKING_DAY) {
        out.println(
            texts.get(
                calendar.isProvisional(d) ? "calendar.day.provisional" : "calendar.day",
                d.toString(),
                d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, texts.locale()),
                texts.get(kind == DayKind.HOLIDAY ? "calendar.holiday" : "calendar.adjusted")));
      }
    }
    return 0;
  }

  /**
   * A date argument, refused with a message that tells a malformed text from a date that does not
   * exist.
   *
   * @param text the argument
   * @param name the parameter, FROM or TO
   * @return the date
   */
  static LocalDate date(String text, String name) {
    if (!DATE.matcher(text).matches()) {
      throw CommandLineProblem.of("calendar.dateFormat", name, text);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CommandLineProblem.of("calendar.noSuchDate", name, text, noSuchDate(e));
    }
  }

  private static String noSuchDate(DateTimeParseException e) {
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
  }

  /** The coverage, the days left today, the provisional years and the sources of runs of years. */
  private static void printStatus(WorkingCalendar calendar, PrintWriter out, Texts texts) {
    LocalDate today = LocalDate.now(calendar.zone());
    out.println(
        texts.get(
            "calendar.official",
            calendar.coverage().toString(),
            Long.toString(calendar.officialDaysLeft(today)),
            today.toString()));
    calendar
        .provisionalPeriod()
        .ifPresent(p -> out.println(texts.get("calendar.provisional", p.toString())));
    int last =
        calendar
            .provisionalPeriod()
            .map(p -> p.last().getYear())
            .orElse(calendar.coverage().last().getYear());
    int runStart = calendar.coverage().first().getYear();
    for (int year = runStart; year <= last; year++) {
      String source = calendar.sourceOf(year);
      if (year == last || !source.equals(calendar.sourceOf(year + 1))) {
        out.println(
            "  "
                + (runStart == year ? Integer.toString(runStart) : runStart + "-" + year)
                + "  "
                + source);
        runStart = year + 1;
      }
    }
  }
}
