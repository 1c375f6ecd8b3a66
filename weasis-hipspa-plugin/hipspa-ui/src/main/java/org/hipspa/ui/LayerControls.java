package org.hipspa.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.Structure;

/**
 * The legend and the switches of the lesion layers: per structure a check box with its colour swatch (drawn as the
 * viewer draws it: the femoral head as an outline, lesions filled) and one opacity slider for the lesion fills.
 */
public final class LayerControls extends JPanel {

  private final Map<Structure, JCheckBox> toggles = new EnumMap<>(Structure.class);
  private final JSlider opacity =
      new JSlider(0, 100, Math.round(StructureStyle.DEFAULT_FILL_OPACITY * 100));
  private final JLabel opacityValue = new JLabel();
  private LesionLayers layers = LesionLayers.NONE;

  public LayerControls() {
    super(new GridBagLayout());
    setName("hipspa.layers");
    setBorder(BorderFactory.createTitledBorder(Messages.get("layers.title")));
    int y = 0;
    for (StructureStyle style : StructureStyle.values()) {
      Structure structure = style.structure();
      JCheckBox box = new JCheckBox(structure.displayName(), new Swatch(style, false), true);
      box.setSelectedIcon(new Swatch(style, true));
      box.setName("hipspa.layer." + structure.name());
      box.setToolTipText(Messages.get("layers.toggle.tip", structure.displayName().toLowerCase(java.util.Locale.ROOT)));
      box.addActionListener(e -> layers.setVisible(structure, box.isSelected()));
      toggles.put(structure, box);
      GridBagConstraints c = new GridBagConstraints();
      c.gridx = 0;
      c.gridy = y++;
      c.gridwidth = 3;
      c.anchor = GridBagConstraints.WEST;
      add(box, c);
    }
    opacity.setName("hipspa.opacity");
    opacity.setToolTipText(Messages.get("layers.opacity.tip"));
    opacityValue.setText(opacity.getValue() + " %");
    opacity.addChangeListener(
        e -> {
          opacityValue.setText(opacity.getValue() + " %");
          for (StructureStyle style : StructureStyle.values()) {
            if (style.filled()) {
              layers.setOpacity(style.structure(), fillOpacity());
            }
          }
        });
    GridBagConstraints label = new GridBagConstraints();
    label.gridx = 0;
    label.gridy = y;
    label.anchor = GridBagConstraints.WEST;
    label.insets = new Insets(0, 4, 0, 6);
    add(new JLabel(Messages.get("layers.opacity")), label);
    GridBagConstraints slider = new GridBagConstraints();
    slider.gridx = 1;
    slider.gridy = y;
    slider.weightx = 1;
    slider.fill = GridBagConstraints.HORIZONTAL;
    add(opacity, slider);
    GridBagConstraints value = new GridBagConstraints();
    value.gridx = 2;
    value.gridy = y;
    value.insets = new Insets(0, 4, 0, 4);
    add(opacityValue, value);
  }

  /** Sends the switches to these layers from now on (call on the Swing event thread). */
  public void control(LesionLayers target) {
    layers = target;
  }

  /** Back to everything shown at the default opacity, for a new result. */
  public void reset() {
    toggles.values().forEach(b -> b.setSelected(true));
    opacity.setValue(Math.round(StructureStyle.DEFAULT_FILL_OPACITY * 100));
  }

  /** Shows or hides every structure at once (the toolbar's switch). */
  public void showAll(boolean shown) {
    toggles.forEach((structure, box) -> {
      if (box.isSelected() != shown) {
        box.setSelected(shown);
        layers.setVisible(structure, shown);
      }
    });
  }

  public JCheckBox toggle(Structure structure) {
    return toggles.get(structure);
  }

  public JSlider opacitySlider() {
    return opacity;
  }

  public float fillOpacity() {
    return opacity.getValue() / 100f;
  }

  /** The structure's colour as the viewer draws it; crossed out when the layer is hidden. */
  private record Swatch(StructureStyle style, boolean shown) implements Icon {
    private static final int SIZE = 16;

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
      Graphics2D g2 = (Graphics2D) g.create();
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setColor(new Color(0x20, 0x20, 0x20));
      g2.fillRect(x, y, SIZE, SIZE);
      Color colour = style.colour();
      if (style.filled()) {
        g2.setColor(colour);
        g2.fillRect(x + 3, y + 3, SIZE - 6, SIZE - 6);
      } else {
        g2.setColor(colour);
        g2.setStroke(new BasicStroke(2f));
        g2.drawOval(x + 3, y + 3, SIZE - 7, SIZE - 7);
      }
      if (!shown) {
        g2.setColor(new Color(0xDD, 0xDD, 0xDD));
        g2.setStroke(new BasicStroke(1.5f));
        g2.drawLine(x + 1, y + SIZE - 2, x + SIZE - 2, y + 1);
      }
      g2.dispose();
    }

    @Override
    public int getIconWidth() {
      return SIZE;
    }

    @Override
    public int getIconHeight() {
      return SIZE;
    }
  }
}
