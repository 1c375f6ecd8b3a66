package org.hipspa.weasis.ui;

import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The place in the side panel for the HIMRISS slice table and the UNet-score summary (left, right, total).
 *
 * <p>Seam: the next round, which has the pipeline's result object, calls {@link #show(JComponent)} with the table and
 * summary it builds. Until an analysis has run it only says so; it never shows invented numbers.
 */
public final class ResultsArea extends JPanel {

  private final Sentence nothingYet = new Sentence(Messages.get("panel.results.none"));

  public ResultsArea() {
    super(new BorderLayout());
    setName("hipspa.results");
    add(nothingYet, BorderLayout.NORTH);
  }

  /** Replaces what the area shows (call on the Swing event thread). */
  public void show(JComponent results) {
    removeAll();
    add(results, BorderLayout.CENTER);
    revalidate();
    repaint();
  }

  public String placeholderText() {
    return nothingYet.sentence();
  }
}
