package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.gridgov.core.io.DistrictSnapshotJson;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.PersonalData;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.examples.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lists a populated district's grids and compounds, the codes an order file names, or writes the
 * populated district as a snapshot a host can load without the examples.
 */
@Command(
    name = "district",
    mixinStandardHelpOptions = true,
    description = {
      "Populates a district (default: Jin'an, with --seed) and lists its grids, each with its"
          + " community or village, and its compounds with their property mode: the codes an"
          + " order file's \"grid\" and \"compound\" fields take.",
      "With --write-snapshot FILE, writes the populated district as a district snapshot"
          + " (docs/SNAPSHOT.md) instead, for DistrictSnapshotJson.read in a host that has only"
          + " governance-core and governance-rules. The people of a populated district are made"
          + " up; their names and numbers are written so that the snapshot reads back, unless"
          + " --masked asks for a copy that does not."
    })
final class DistrictCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private DistrictOptions districtOptions;

  @Option(
      names = "--write-snapshot",
      paramLabel = "FILE",
      description = "write the populated district as a snapshot; refuses an existing file")
  private Path snapshot;

  @Option(
      names = "--masked",
      description =
          "mask names, phones and ID numbers in the snapshot (it then does not read back)")
  private boolean masked;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.in(GridGovCommand.locale(spec));
    districtOptions.check();
    try {
      PopulatedDistrict populated = districtOptions.populate();
      if (snapshot != null) {
        if (Files.exists(snapshot)) {
          err.println(texts.get("district.exists", snapshot));
          return 1;
        }
        DistrictSnapshotJson json =
            new DistrictSnapshotJson(masked ? PersonalData.MASKED : PersonalData.INCLUDED);
        json.write(populated.snapshot(), snapshot);
        out.println(texts.get("district.wrote", snapshot));
        return 0;
      }
      Territory t = populated.snapshot().territory();
      out.println(texts.get("district.grids", t.grids().size()));
      t.grids().stream()
          .sorted(Comparator.comparing(g -> g.code().value()))
          .forEach(g -> out.println("  " + grid(t, g)));
      out.println(texts.get("district.compounds", t.compounds().size()));
      t.compounds().stream()
          .sorted(Comparator.comparing(c -> c.id().value()))
          .forEach(c -> out.println("  " + compound(texts, c)));
      return 0;
    } catch (JsonLoadException e) {
      err.println(e.describe(texts.locale()));
      return 1;
    }
  }

  private static String grid(Territory t, Grid g) {
    CommunityKind kind = CommunityKind.ofCode(g.code().community());
    String community =
        t.community(g.code().community()).map(Community::name).orElse(g.code().community().value());
    return g.code().value()
        + "  "
        + g.name()
        + "  "
        + kind.chinese()
        + " "
        + community
        + " ("
        + kind
        + " "
        + g.code().community().value()
        + ")";
  }

  private static String compound(Texts texts, Compound c) {
    return texts.get(
        "district.compound",
        c.id().value(),
        c.name(),
        c.grid().value(),
        texts.chinese() ? texts.name(c.propertyMode()) : c.propertyMode(),
        c.propertyCompany().map(n -> " " + n).orElse(""));
  }
}
