package org.hipspa.ui;

import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The place in the side panel for an analysis's result. Until an analysis has finished it only says so; it never
 * shows invented numbers.
 */
public final class ResultsArea extends JPanel {

  private final Sentence nothingYet = new Sentence(Messages.get("panel.results.none"));

  public ResultsArea() {
    super(new BorderLayout());
    setName("hipspa.results");
    showPlaceholder();
  }

  /** Replaces what the area shows (call on the Swing event thread). */
  public void show(JComponent results) {
    removeAll();
    add(results, BorderLayout.CENTER);
    revalidate();
    repaint();
  }

  public void showPlaceholder() {
    show(nothingYet);
    remove(nothingYet);
    add(nothingYet, BorderLayout.NORTH);
  }

  public boolean showsPlaceholder() {
    return nothingYet.getParent() == this;
  }

  public String placeholderText() {
    return nothingYet.sentence();
  }
}
