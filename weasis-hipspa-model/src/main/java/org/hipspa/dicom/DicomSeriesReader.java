package org.hipspa.dicom;

import com.pixelmed.dicom.DicomFileUtilities;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hipspa.HipspaException;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceOrientation;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.Vec3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads MR series from DICOM files and folders. Two steps, so a person can choose:
 * {@link #scan} reads headers only and groups the images by SeriesInstanceUID into
 * {@link SeriesCandidate}s (skipping and counting files that are not DICOM images);
 * {@link #load} decodes one candidate's pixels and hands the slices to {@link SeriesAssembler},
 * which sorts them along the slice normal, checks they form one stack and measures the step.
 * A multi-frame (enhanced) file gives one slice per frame, placed by its functional groups.
 *
 * <p>Files are only opened for reading; nothing is ever written next to them. Every refusal is a
 * {@link HipspaException} whose message is one sentence for the user. No PixelMed type leaves this
 * package.
 */
public final class DicomSeriesReader {
  private static final Logger LOG = LoggerFactory.getLogger(DicomSeriesReader.class);

  /** Scans without progress reports; stops if the thread is interrupted. */
  public SeriesScan scan(List<Path> inputs) throws HipspaException {
    return scan(inputs, ReadProgress.NONE);
  }

  /**
   * Finds the DICOM images under the given files and folders (folders recursively) and groups them
   * into series, reading headers only. Refuses a path that does not exist and an input without any
   * DICOM image; reports progress per file.
   */
  public SeriesScan scan(List<Path> inputs, ReadProgress progress) throws HipspaException {
    List<SkippedFile> skipped = new ArrayList<>();
    List<Path> files = listFiles(inputs, skipped);
    Map<String, SeriesFiles> bySeries = new LinkedHashMap<>();
    Set<String> sopInstances = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      progress.checkCancelled();
      Path file = files.get(i);
      SkippedFile.Reason reason = classify(file, bySeries, sopInstances);
      if (reason != null) {
        skipped.add(new SkippedFile(file, reason));
      }
      progress.report(i + 1, files.size());
    }
    if (bySeries.isEmpty()) {
      throw noImages(inputs, files.size(), skipped);
    }
    List<SeriesCandidate> series = bySeries.entrySet().stream()
        .map(e -> candidate(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(SeriesCandidate::seriesNumber).thenComparing(SeriesCandidate::seriesInstanceUid))
        .toList();
    LOG.debug("scanned {} files: {} series, {} skipped", files.size(), series.size(), skipped.size());
    return new SeriesScan(series, skipped);
  }

  /**
   * Decodes one candidate's pixels into an {@link MrSeries}. Reports the fraction of files read
   * after each file and stops with {@link ReadCancelledException} when asked to.
   */
  public MrSeries load(SeriesCandidate candidate, ReadProgress progress) throws HipspaException {
    List<Path> files = candidate.files();
    List<MrSlice> slices = new ArrayList<>(candidate.frameCount());
    SeriesHeader header = null;
    for (int i = 0; i < files.size(); i++) {
      progress.checkCancelled();
      DicomFile file = DicomFile.readWithPixels(files.get(i));
      if (header == null) {
        header = header(file, candidate.seriesInstanceUid());
      }
      String sopInstanceUid = file.string(TagFromName.SOPInstanceUID);
      String sopClassUid = file.string(TagFromName.SOPClassUID);
      int instanceNumber = file.integer(TagFromName.InstanceNumber, 0);
      for (int frame = 0; frame < file.frameCount(); frame++) {
        slices.add(new MrSlice(sopInstanceUid, sopClassUid, frame + 1, instanceNumber,
            file.geometry(frame), Double.NaN, file.pixels(frame)));
      }
      progress.report(i + 1, files.size());
    }
    return SeriesAssembler.assemble(header, slices);
  }

  /**
   * Scans, chooses the series with this UID (or the only one when null) and loads it. The scan,
   * which reads headers only, reports fractions up to 0.1 and loading the rest.
   */
  public MrSeries read(List<Path> inputs, String seriesInstanceUid, ReadProgress progress) throws HipspaException {
    SeriesCandidate chosen = scan(inputs, progress.within(0, 0.1)).choose(seriesInstanceUid);
    return load(chosen, progress.within(0.1, 1));
  }

  /**
   * Every frame of one DICOM image file as floats after the modality rescale, without any
   * geometry: for files that are not part of an MR stack, and for checking decoders.
   */
  public List<FloatImage> decodeFrames(Path file) throws HipspaException {
    if (!Files.isRegularFile(file)) {
      throw notFound(file);
    }
    DicomFile dicom = DicomFile.readWithPixels(file);
    List<FloatImage> frames = new ArrayList<>(dicom.frameCount());
    for (int frame = 0; frame < dicom.frameCount(); frame++) {
      frames.add(dicom.pixels(frame));
    }
    return frames;
  }

  private static List<Path> listFiles(List<Path> inputs, List<SkippedFile> skipped) throws HipspaException {
    if (inputs.isEmpty()) {
      throw new InputNotFoundException("No file or folder was given; name the folder that holds the MR series.");
    }
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw notFound(input);
      }
      if (!Files.isReadable(input)) {
        throw new InputNotFoundException(input + " cannot be opened (permission denied); ask for read access or copy the files to a folder you can read.");
      }
      try {
        // Links are followed: PACS exports and shared folders often link to the images.
        Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            skipped.add(new SkippedFile(file, SkippedFile.Reason.UNREADABLE));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new InputNotFoundException(input + " cannot be listed; check that it is a readable folder.");
      }
    }
    return files.stream().distinct().sorted().collect(Collectors.toList());
  }

  /** Adds the file to its series and returns null, or says why it is skipped. */
  private static SkippedFile.Reason classify(Path file, Map<String, SeriesFiles> bySeries, Set<String> sopInstances) {
    try {
      if (Files.size(file) == 0 || !DicomFileUtilities.isDicomOrAcrNemaFile(file.toFile())) {
        return SkippedFile.Reason.NOT_DICOM;
      }
    } catch (IOException e) {
      return SkippedFile.Reason.UNREADABLE;
    }
    DicomFile header;
    try {
      header = DicomFile.readHeader(file);
    } catch (Exception e) {
      LOG.debug("unreadable DICOM header", e);
      return SkippedFile.Reason.UNREADABLE;
    }
    if (!header.hasPixelData()) {
      return SkippedFile.Reason.NO_IMAGE;
    }
    String seriesUid = header.string(TagFromName.SeriesInstanceUID);
    if (seriesUid.isEmpty()) {
      return SkippedFile.Reason.NO_SERIES;
    }
    String sopUid = header.string(TagFromName.SOPInstanceUID);
    if (!sopUid.isEmpty() && !sopInstances.add(sopUid)) {
      return SkippedFile.Reason.DUPLICATE;
    }
    bySeries.computeIfAbsent(seriesUid, k -> new SeriesFiles(header)).add(header);
    return null;
  }

  /** The files of one series found so far; only the first header is kept, to describe the series. */
  private static final class SeriesFiles {
    final DicomFile first;
    final List<Path> files = new ArrayList<>();
    int frames;

    SeriesFiles(DicomFile first) {
      this.first = first;
    }

    void add(DicomFile header) {
      files.add(header.path());
      frames += header.frameCount();
    }
  }

  private static SeriesCandidate candidate(String seriesUid, SeriesFiles series) {
    DicomFile first = series.first;
    Vec3 normal = first.normalOrNull(0);
    double[] spacing = first.pixelSpacingOrNull(0);
    return new SeriesCandidate(
        seriesUid,
        first.integer(TagFromName.SeriesNumber, 0),
        first.string(TagFromName.SeriesDescription),
        first.string(TagFromName.Modality),
        first.rows(),
        first.columns(),
        series.files.size(),
        series.frames,
        normal == null ? null : SliceOrientation.fromNormal(normal),
        spacing == null ? Double.NaN : spacing[0],
        spacing == null ? Double.NaN : spacing[1],
        series.files);
  }

  private static SeriesHeader header(DicomFile file, String seriesUid) {
    StudyInfo study = new StudyInfo(
        file.string(TagFromName.PatientName),
        file.string(TagFromName.PatientID),
        file.string(TagFromName.PatientBirthDate),
        file.string(TagFromName.PatientSex),
        file.string(TagFromName.StudyInstanceUID),
        file.string(TagFromName.StudyDate),
        file.string(TagFromName.StudyTime),
        file.string(TagFromName.StudyID),
        file.string(TagFromName.AccessionNumber),
        file.string(TagFromName.ReferringPhysicianName),
        file.string(TagFromName.StudyDescription));
    return new SeriesHeader(study, seriesUid, file.string(TagFromName.FrameOfReferenceUID),
        file.integer(TagFromName.SeriesNumber, 0), file.string(TagFromName.SeriesDescription),
        file.string(TagFromName.Modality), file.sliceThicknessOrNaN(),
        // The first file read (in path order), like the header's other attributes: scanners write one window per
        // series, and taking it here spares keeping every slice's header until the slices are sorted.
        file.storedWindow(0));
  }

  private static InputNotFoundException notFound(Path input) {
    return new InputNotFoundException("The path " + input + " does not exist; check its spelling, or name the folder that holds the MR series.");
  }

  private static NoDicomImagesException noImages(List<Path> inputs, int fileCount, List<SkippedFile> skipped) {
    String where = inputs.size() == 1 ? inputs.get(0).toString() : "the " + inputs.size() + " paths given";
    if (fileCount == 0 && skipped.isEmpty()) {
      return new NoDicomImagesException("No DICOM images were found in " + where
          + " because it holds no files; name the folder that holds the MR series.");
    }
    Map<SkippedFile.Reason, Integer> counts = new EnumMap<>(SkippedFile.Reason.class);
    skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
    String reasons = counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().describe())
        .collect(Collectors.joining(", "));
    return new NoDicomImagesException(String.format(Locale.ROOT,
        "No DICOM images were found in %s: %d file%s skipped (%s); name the folder that holds the MR series.",
        where, skipped.size(), skipped.size() == 1 ? " was" : "s were", reasons));
  }
}
