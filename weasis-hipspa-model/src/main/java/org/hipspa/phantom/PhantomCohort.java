package org.hipspa.phantom;

import com.google.gson.JsonParser;
import org.hipspa.files.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hipspa.HipspaException;
import org.hipspa.files.WholeFile;

/**
 * Writes a cohort of phantom patients into one folder: a folder per patient (see {@link PhantomWriter}),
 * cohort.json and cohort.csv with one line per patient (severity, true burden, clinical-like scores), and
 * a README. Refuses a folder that holds anything it did not write; a folder it wrote before gets the new
 * cohort in place of the old one (patient folders of the old run beyond the new count are removed at the
 * end, so a folder never mixes two runs' settings).
 */
public final class PhantomCohort {
  public static final String COHORT_JSON = "cohort.json";
  public static final String COHORT_CSV = "cohort.csv";
  static final String FORMAT = "hipspa-phantom-cohort";

  /** What a run wrote, and how many patient folders of an earlier run it removed. */
  public record Result(List<PhantomParameters> patients, int removedFolders) {}

  /** One finished patient, for progress reports. */
  public record Written(int number, int total, String folderName, PhantomParameters parameters, double seconds) {}

  public interface Progress {
    void patientWritten(Written w);
  }

  private PhantomCohort() {}

  /** The seed of patient {@code number} (from 1) of the cohort with seed {@code cohortSeed}. */
  public static long patientSeed(long cohortSeed, int number) {
    return PhantomRandom.mix(PhantomRandom.mix(cohortSeed) + number * 0x9E3779B97F4A7C15L);
  }

  public static String folderName(int number) {
    return String.format(Locale.ROOT, "PHANTOM_HIP_%04d", number);
  }

  /** The settings of patient {@code number}: the template with the patient's seed and number. */
  public static PhantomSettings patientSettings(PhantomSettings template, long cohortSeed, int number) {
    return template.withSeed(patientSeed(cohortSeed, number)).withPatientNumber(number);
  }

  /**
   * Writes patients 1..count.
   *
   * @param template everything but seed and patient number
   */
  public static Result write(Path out, long cohortSeed, int count, PhantomSettings template,
      boolean contactSheets, Progress progress) throws HipspaException, IOException {
    checkWritable(out);
    Files.createDirectories(out);
    writeText(out.resolve(COHORT_JSON), cohortJson(cohortSeed, count, template, List.of(), false));
    PhantomGenerator generator = new PhantomGenerator();
    List<PhantomParameters> done = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      long start = System.nanoTime();
      PhantomPatient patient = generator.generate(patientSettings(template, cohortSeed, number));
      Path folder = out.resolve(folderName(number));
      FileTrees.delete(folder);
      PhantomWriter.write(patient, folder);
      if (contactSheets) {
        ContactSheet.write(ContactSheet.render(patient, 0.5, 5, true), folder.resolve("contact-sheet.png"));
      }
      done.add(patient.parameters());
      progress.patientWritten(new Written(number, count, folderName(number), patient.parameters(),
          (System.nanoTime() - start) / 1e9));
    }
    int removed = removeOlderPatients(out, count);
    writeText(out.resolve(COHORT_CSV), cohortCsv(done));
    writeText(out.resolve("README.md"), cohortReadme(cohortSeed, count, template));
    writeText(out.resolve(COHORT_JSON), cohortJson(cohortSeed, count, template, done, true));
    return new Result(done, removed);
  }

  /** Removes this program's patient folders numbered above {@code count}, left by an earlier, larger run. */
  private static int removeOlderPatients(Path out, int count) throws IOException {
    int removed = 0;
    try (Stream<Path> entries = Files.list(out)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.matches("PHANTOM_HIP_\\d{4}") && Integer.parseInt(name.substring(12)) > count
            && Files.isRegularFile(p.resolve(PhantomWriter.PATIENT_JSON))) {
          FileTrees.delete(p);
          removed++;
        }
      }
    }
    return removed;
  }

  /** Accepts a new or empty folder, or one whose cohort.json says this program wrote it. */
  static void checkWritable(Path out) throws HipspaException, IOException {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new HipspaException("The output " + out + " is a file, not a folder; choose a new or empty folder.");
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isEmpty()) {
        return;
      }
    }
    Path marker = out.resolve(COHORT_JSON);
    boolean ours = false;
    if (Files.isRegularFile(marker)) {
      try {
        ours = FORMAT.equals(JsonParser.parseString(Files.readString(marker)).getAsJsonObject().get("format")
            .getAsString());
      } catch (RuntimeException e) {
        ours = false;
      }
    }
    if (!ours) {
      throw new HipspaException("The folder " + out + " already holds files that hipspa phantom did not write;"
          + " choose a new or empty folder so that nothing in it is overwritten.");
    }
  }

  private static void writeText(Path file, String text) throws IOException {
    WholeFile.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String cohortJson(long seed, int count, PhantomSettings t, List<PhantomParameters> done,
      boolean complete) {
    return PhantomJson.of(j -> {
      j.beginObject();
      j.name("format").value(FORMAT);
      j.name("formatVersion").value(PhantomWriter.FORMAT_VERSION);
      j.name("synthetic").value(true);
      j.name("complete").value(complete);
      j.name("cohortSeed").value(seed);
      j.name("patients").value(count);
      j.name("sliceCount").value(t.sliceCount());
      j.name("sliceSpacingMm").value(t.sliceSpacingMm());
      j.name("sliceThicknessMm").value(t.sliceThicknessMm());
      j.name("difficulty").value(t.difficulty().name().toLowerCase(Locale.ROOT));
      PhantomJson.number(j, "fixedSeverity", t.severity());
      j.name("written").beginArray();
      for (PhantomParameters p : done) {
        j.beginObject();
        j.name("folder").value(folderName(p.settings().patientNumber()));
        j.name("seed").value(p.settings().seed());
        j.name("severity").value(p.severity());
        j.name("trueBurdenMm3").value(p.burden().totalMm3());
        j.name("himrissTotalLike").value(p.clinical().himrissTotalLike());
        j.endObject();
      }
      j.endArray();
      j.endObject();
    });
  }

  static final String CSV_HEADER = "patient,folder,seed,severity,severity_right,severity_left,bme_right_mm3,"
      + "bme_left_mm3,effusion_right_mm3,effusion_left_mm3,himriss_bme_like,himriss_synovitis_like,"
      + "himriss_total_like,basdai_like,crp_mg_per_l,esr_mm_per_h,asdas_crp_like,snr,difficulty";

  private static String cohortCsv(List<PhantomParameters> done) {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (PhantomParameters p : done) {
      LesionBurden u = p.burden();
      ClinicalScores c = p.clinical();
      b.append(p.patientName()).append(',').append(folderName(p.settings().patientNumber())).append(',')
          .append(p.settings().seed()).append(',').append(p.severity()).append(',').append(p.severityRight())
          .append(',').append(p.severityLeft()).append(',').append(u.bmeRightMm3()).append(',')
          .append(u.bmeLeftMm3()).append(',').append(u.effusionRightMm3()).append(',').append(u.effusionLeftMm3())
          .append(',').append(c.himrissBmeLike()).append(',').append(c.himrissSynovitisLike()).append(',')
          .append(c.himrissTotalLike()).append(',').append(c.basdaiLike()).append(',').append(c.crpMgPerL())
          .append(',').append(c.esrMmPerH()).append(',').append(c.asdasCrpLike()).append(',').append(p.snr())
          .append(',').append(p.settings().difficulty().name().toLowerCase(Locale.ROOT)).append('\n');
    }
    return b.toString();
  }

  private static String cohortReadme(long seed, int count, PhantomSettings t) {
    return String.format(Locale.ROOT, """
        # Synthetic hip phantom cohort (not patients)

        %d synthetic coronal STIR hip patients written by `hipspa phantom --patients %d --seed %d --slices %d`
        (%s difficulty). Each `PHANTOM_HIP_nnnn/` folder is one patient: DICOM series, exact ground-truth masks
        and parameters, described in its own README.md. `cohort.csv` has one line per patient: latent severity,
        true lesion volumes and the clinical-like scores (synthetic, for correlation tests only).
        Patient n has seed `PhantomCohort.patientSeed(%d, n)`, so any single patient can be made again in memory.
        """, count, count, seed, t.sliceCount(), t.difficulty().name().toLowerCase(Locale.ROOT), seed);
  }
}
