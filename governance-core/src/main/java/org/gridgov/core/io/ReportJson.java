package org.gridgov.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Report;

/**
 * Reads what a resident reported, the facts of a new work order, as JSON in the snapshot's format:
 *
 * <pre>{@code
 * {"id": "WO-2024-0001", "origin": {"list": "DEMAND", "id": "D-0001"},
 *  "category": "SERVICE_PROPERTY", "matterKind": "AUTONOMY", "urgency": "ROUTINE",
 *  "channel": "CALL_GROUP", "grid": "350111001001001", "compound": "C-001",
 *  "summary": "楼道灯坏了"}
 * }</pre>
 *
 * <p>Every problem is reported with its JSON path and line, and nothing is returned then. The
 * summary is in the resident's words and may carry a phone or ID number: {@link #toJson(Report)}
 * masks them unless the instance was made with {@link PersonalData#INCLUDED}. A masked report still
 * reads, with the masked summary. Stateless and thread-safe.
 */
public final class ReportJson {

  /** The largest report file read, 1 MiB; a larger file is refused before it is read. */
  public static final long MAX_FILE_BYTES = 1024L * 1024;

  private final ObjectMapper mapper = DistrictSnapshotJson.mapper();
  private final ObjectMapper writer;

  /** Makes a reader, and a writer that masks personal data ({@link PersonalData#MASKED}). */
  public ReportJson() {
    this(PersonalData.MASKED);
  }

  /**
   * Makes a reader, and a writer that writes personal data as chosen.
   *
   * @param personalData {@link PersonalData#INCLUDED} to write the summary as the resident wrote
   *     it, {@link PersonalData#MASKED} to mask the phone and ID numbers in it
   */
  public ReportJson(PersonalData personalData) {
    this.writer =
        DistrictSnapshotJson.mapper(
            Objects.requireNonNull(personalData, "choose how personal data is written"));
  }

  /**
   * Reads a report from a file.
   *
   * @param file the file
   * @return the report
   * @throws JsonLoadException if the file is not a regular file, is larger than {@link
   *     #MAX_FILE_BYTES}, cannot be read or has any problem
   */
  public Report read(Path file) {
    return read(InputFiles.read(file, MAX_FILE_BYTES, "a report file"), file.toString());
  }

  /**
   * Reads a report from JSON text.
   *
   * @param bytes the JSON in UTF-8
   * @param source the document's name for messages
   * @return the report
   * @throws JsonLoadException if the document has any problem
   */
  public Report read(byte[] bytes, String source) {
    return read(bytes, source, null);
  }

  /**
   * Reads a report from a file and checks its references against a territory: its grid is in the
   * territory, and its compound, if any, is in the territory and lies in that grid. The territory
   * is asked for only once the report itself reads, so that a territory costly to make is not made
   * for a file that is no report.
   *
   * @param file the file
   * @param territory gives the territory the report is made in
   * @return the report
   * @throws JsonLoadException if the file is not a regular file, is larger than {@link
   *     #MAX_FILE_BYTES}, cannot be read, has any problem or names a grid or compound the territory
   *     does not hold there, each at its JSON path
   */
  public Report read(Path file, Supplier<Territory> territory) {
    Objects.requireNonNull(territory, "a report is checked against a territory");
    return read(InputFiles.read(file, MAX_FILE_BYTES, "a report file"), file.toString(), territory);
  }

  private Report read(byte[] bytes, String source, Supplier<Territory> territory) {
    JsonDocument doc = JsonDocument.parse(mapper, source, bytes);
    JsonNode root = doc.object(doc.root(), "$");
    JsonNode summary = root == null ? null : root.get("summary");
    if (summary != null && summary.isTextual() && summary.textValue().isBlank()) {
      // the record refuses it too, but as the whole report: name the field
      doc.problem("$.summary", "a report's summary must not be blank");
    }
    Report report =
        root == null || doc.hasProblems() ? null : doc.bind(mapper, root, "$", Report.class);
    if (report != null && territory != null && !doc.hasProblems()) {
      SnapshotReferences.place(doc, territory.get(), "$", report.grid(), report.compound());
    }
    doc.throwIfProblems();
    return report;
  }

  /**
   * Writes a report as JSON, with personal data as this instance was made to write it.
   *
   * @param report the report
   * @return the JSON text
   */
  public String toJson(Report report) {
    try {
      return writer.writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
