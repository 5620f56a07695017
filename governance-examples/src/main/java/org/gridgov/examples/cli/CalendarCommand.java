package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridgov.core.calendar.CalendarRangeException;
import org.gridgov.core.calendar.DayKind;
import org.gridgov.core.calendar.WorkingCalendar;
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
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    if (status) {
      printStatus(calendar, spec.commandLine().getOut());
      if (from == null) {
        return 0;
      }
    }
    if (from == null || to == null) {
      spec.commandLine().getErr().println("FROM and TO are both needed, or --status");
      return 1;
    }
    LocalDate first;
    LocalDate last;
    try {
      first = LocalDate.parse(from);
      last = LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      spec.commandLine().getErr().println("dates are written yyyy-MM-dd: " + e.getParsedString());
      return 1;
    }
    if (last.isBefore(first)) {
      spec.commandLine().getErr().println("TO (" + last + ") is before FROM (" + first + ")");
      return 1;
    }
    try {
      int days = calendar.workingDaysBetween(first, last);
      var out = spec.commandLine().getOut();
      out.println(days + " working days after " + first + " up to and including " + last);
      if (calendar.isProvisional(last)) {
        out.println(
            "  provisional from "
                + (calendar.isProvisional(first.plusDays(1))
                    ? first.plusDays(1)
                    : calendar.coverage().last().plusDays(1))
                + ": statutory holidays derived from the holiday regulation, no adjusted working"
                + " days, until the year's official schedule is loaded");
      }
      for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
        DayKind kind = calendar.kindOf(d);
        if (kind == DayKind.HOLIDAY || kind == DayKind.ADJUSTED_WORKING_DAY) {
          out.println(
              "  "
                  + d
                  + " "
                  + d.getDayOfWeek()
                      .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                  + "  "
                  + (kind == DayKind.HOLIDAY ? "public holiday" : "adjusted working day")
                  + (calendar.isProvisional(d) ? " (provisional)" : ""));
        }
      }
      return 0;
    } catch (CalendarRangeException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }

  /** The coverage, the days left today, the provisional years and the sources of runs of years. */
  private static void printStatus(WorkingCalendar calendar, PrintWriter out) {
    LocalDate today = LocalDate.now(calendar.zone());
    out.println(
        "official     "
            + calendar.coverage()
            + " ("
            + calendar.officialDaysLeft(today)
            + " days left after "
            + today
            + ")");
    calendar
        .provisionalPeriod()
        .ifPresent(
            p ->
                out.println(
                    "provisional  "
                        + p
                        + " (statutory holidays, no adjusted working days, until loaded)"));
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
