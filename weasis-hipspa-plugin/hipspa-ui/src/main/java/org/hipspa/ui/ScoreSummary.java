package org.hipspa.ui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.segment.HipSide;

/**
 * The UNet-score summary: right hip, left hip and total, titled "UNet-score (on HIMRISS slices)" so nobody takes it
 * for a HIMRISS score. A hip without a score says why; the total then says it is incomplete.
 */
public final class ScoreSummary extends JPanel {

  public static final String TITLE = Messages.get("summary.title");

  private final JLabel right = value();
  private final JLabel left = value();
  private final JLabel total = value();
  private final Sentence problem = new Sentence("");

  public ScoreSummary() {
    super(new GridBagLayout());
    setName("hipspa.summary");
    setBorder(BorderFactory.createTitledBorder(TITLE));
    total.setFont(total.getFont().deriveFont(Font.BOLD));
    row(0, Messages.get("summary.right"), right);
    row(1, Messages.get("summary.left"), left);
    row(2, Messages.get("summary.total"), total);
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = 3;
    c.gridwidth = 2;
    c.anchor = GridBagConstraints.WEST;
    c.weightx = 1;
    add(problem, c);
  }

  public void show(ScoreResult scores) {
    right.setText(hipText(scores.right()));
    left.setText(hipText(scores.left()));
    String sum = number(scores.total());
    total.setText(scores.isComplete() ? sum : Messages.get("summary.incomplete", sum));
    StringBuilder why = new StringBuilder();
    for (HipSide side : HipSide.values()) {
      HipScore hip = scores.hip(side);
      if (!hip.isScored()) {
        why.append(hip.problem()).append(' ');
      }
    }
    problem.say(why.toString().trim());
    problem.setVisible(why.length() > 0);
  }

  public void clear() {
    right.setText("");
    left.setText("");
    total.setText("");
    problem.say("");
    problem.setVisible(false);
  }

  static String hipText(HipScore hip) {
    if (!hip.isScored()) {
      return Messages.get("summary.noScore");
    }
    String text = number(hip.unetScore()) + "  (" + hip.slicesUsed() + " slice" + (hip.slicesUsed() == 1 ? "" : "s");
    if (hip.slicesNotCounted() > 0) {
      text += ", " + hip.slicesNotCounted() + " not counted";
    }
    return text + ")";
  }

  public String rightText() {
    return right.getText();
  }

  public String leftText() {
    return left.getText();
  }

  public String totalText() {
    return total.getText();
  }

  public String problemText() {
    return problem.sentence();
  }

  private void row(int y, String name, JLabel value) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = y;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(1, 2, 1, 12);
    add(new JLabel(name), c);
    c.gridx = 1;
    c.weightx = 1;
    c.insets = new Insets(1, 0, 1, 2);
    add(value, c);
  }

  private static JLabel value() {
    return new JLabel("");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
