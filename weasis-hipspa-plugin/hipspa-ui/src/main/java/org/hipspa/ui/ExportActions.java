package org.hipspa.ui;

import java.awt.GridLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.hipspa.HipspaException;
import org.hipspa.dicom.export.DicomResultExport;
import org.hipspa.files.WholeFile;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.Provenance;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.report.OutputFolder;
import org.hipspa.report.ReportWriter;
import org.hipspa.report.SliceTableCsv;

/**
 * Saving a result: the report folder (HTML, JSON, CSV, overlays) through {@link OutputFolder}, so it appears whole or
 * not at all and never inside an input folder; the slice table alone as CSV, written under a temporary name and moved
 * into place; the masks as a DICOM SEG with the scores as an SR that points into it, readable by Weasis, OHIF, 3D
 * Slicer and a PACS, and join the open study where the host can add them. Files are written off the event thread.
 */
public final class ExportActions extends JPanel {


  private final JButton report = new JButton(Messages.get("export.report"));
  private final JButton csv = new JButton(Messages.get("export.csv"));
  private final JButton segSr = new JButton(Messages.get("export.segsr"));
  private final Executor writer;
  private final Consumer<String> tell;
  private Supplier<Optional<StudyImport>> studyImport = Optional::empty;
  private AnalysisOutcome outcome;

  /**
   * @param writer runs the writing (a background executor)
   * @param tell shows the outcome of a save to the person, one sentence, on the event thread
   */
  public ExportActions(Executor writer, Consumer<String> tell) {
    super(new GridLayout(0, 1, 0, 3));
    this.writer = writer;
    this.tell = tell;
    setName("hipspa.export");
    setBorder(BorderFactory.createTitledBorder(Messages.get("export.title")));
    report.setName("hipspa.export.report");
    report.setToolTipText(Messages.get("export.report.tip"));
    csv.setName("hipspa.export.csv");
    csv.setToolTipText(Messages.get("export.csv.tip"));
    segSr.setName("hipspa.export.segsr");
    segSr.setToolTipText(Messages.get("export.segsr.tip"));
    report.addActionListener(e -> choose(true).ifPresent(this::saveReport));
    csv.addActionListener(e -> choose(false).ifPresent(this::saveCsv));
    segSr.addActionListener(e -> choose(true).ifPresent(this::saveSegSr));
    add(report);
    add(csv);
    add(segSr);
    show(null);
  }

  /** Where a saved SEG and SR go next: into the host's open study, when it has one. */
  public void addSavedResultsTo(Supplier<Optional<StudyImport>> study) {
    studyImport = study;
  }

  /** The result the buttons save, or null for none (buttons off). */
  public void show(AnalysisOutcome result) {
    outcome = result;
    report.setEnabled(result != null);
    csv.setEnabled(result != null);
    segSr.setEnabled(result != null);
  }

  /**
   * Writes {@code hipspa-series-N-seg.dcm} and {@code -sr.dcm} into a new folder, never inside an input folder, then
   * hands both to the host's study import, if it has one.
   */
  public CompletableFuture<Path> saveSegSr(Path folder) {
    AnalysisOutcome o = outcome;
    AnalysisResult r = o.result();
    Provenance p = r.provenance();
    DicomResultExport export =
        new DicomResultExport(new AlgorithmIdentity(p.modelName(), p.modelVersion(), p.weightsSha256()));
    String base = "hipspa-series-" + r.series().seriesNumber();
    Optional<StudyImport> study = studyImport.get();
    return write(() -> {
      OutputFolder.write(folder, o.inputs(), dir -> export.write(r.series(), r.prediction(), r.scores(), dir, base));
      return folder;
    }, () -> {
      if (study.isEmpty()) {
        return Messages.get("export.segsr.done", folder);
      }
      List<Path> written = List.of(folder.resolve(base + "-seg.dcm"), folder.resolve(base + "-sr.dcm"));
      return study.get().addToStudy(written)
          ? Messages.get("export.segsr.added", folder)
          : Messages.get("export.segsr.notadded", folder);
    });
  }

  public CompletableFuture<Path> saveReport(Path folder) {
    AnalysisOutcome o = outcome;
    return write(() -> {
      OutputFolder.write(folder, o.inputs(), dir -> ReportWriter.writeInto(o.result(), dir));
      return folder;
    }, () -> Messages.get("export.report.done", folder));
  }

  public CompletableFuture<Path> saveCsv(Path file) {
    AnalysisOutcome o = outcome;
    return write(() -> {
      WholeFile.write(file, SliceTableCsv.render(o.result().scores()).getBytes(StandardCharsets.UTF_8));
      return file;
    }, () -> Messages.get("export.csv.done", file));
  }

  private interface Write {
    Path run() throws IOException, HipspaException;
  }

  /** Runs {@code task} on the writer; then {@code afterwards}, still there, says what happened next. */
  private CompletableFuture<Path> write(Write task, Supplier<String> afterwards) {
    CompletableFuture<Path> done = new CompletableFuture<>();
    writer.execute(() -> {
      try {
        Path written = task.run();
        String success = afterwards.get();
        SwingUtilities.invokeLater(() -> tell.accept(success));
        done.complete(written);
      } catch (HipspaException e) {
        SwingUtilities.invokeLater(() -> tell.accept(e.getMessage()));
        done.completeExceptionally(e);
      } catch (IOException | RuntimeException e) {
        String sentence = Messages.get("export.failed", e.getMessage());
        SwingUtilities.invokeLater(() -> tell.accept(sentence));
        done.completeExceptionally(e);
      }
    });
    return done;
  }

  private Optional<Path> choose(boolean folder) {
    JFileChooser chooser = new JFileChooser();
    if (folder) {
      chooser.setDialogTitle(Messages.get("export.chooser.folder"));
      chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    } else {
      chooser.setDialogTitle(Messages.get("export.chooser.csv"));
      chooser.setSelectedFile(new java.io.File(ReportWriter.CSV));
    }
    return chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION
        ? Optional.of(chooser.getSelectedFile().toPath())
        : Optional.empty();
  }

  public JButton reportButton() {
    return report;
  }

  public JButton csvButton() {
    return csv;
  }

  public JButton segSrButton() {
    return segSr;
  }
}
