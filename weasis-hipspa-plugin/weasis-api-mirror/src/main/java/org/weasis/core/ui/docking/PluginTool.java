package org.weasis.core.ui.docking;

import bibliothek.gui.dock.common.CLocation;
import bibliothek.gui.dock.common.DefaultSingleCDockable;
import java.awt.Component;
import java.util.UUID;
import javax.swing.Icon;
import javax.swing.JPanel;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.docking.PluginTool}
 * (weasis-core/src/main/java/org/weasis/core/ui/docking/PluginTool.java): a real {@link JPanel} holding a real
 * docking-frames {@link DefaultSingleCDockable} titled with the tool's name.
 *
 * <p>Showing and closing the dockable needs Weasis's docking control, which only the host has: in the mirror
 * {@link #showDockable()} and {@link #closeDockable()} only record visibility on the panel.
 */
public abstract class PluginTool extends JPanel implements DockableTool {

  private final Type type;
  private int toolPosition;
  private int dockableWidth;
  protected final DefaultSingleCDockable dockable;

  protected PluginTool(String toolName, Type type, int position) {
    this.type = type;
    this.toolPosition = position;
    this.dockableWidth = -1;
    this.dockable = new DefaultSingleCDockable(UUID.randomUUID().toString(), (Icon) null, toolName);
    this.dockable.setTitleText(toolName);
    this.dockable.addCDockableLocationListener(
        event -> {
          if (event.isLocationChanged()) {
            changeToolWindowAnchor(event.getNewLocation());
          }
        });
  }

  protected abstract void changeToolWindowAnchor(CLocation clocation);

  @Override
  public Type getType() {
    return type;
  }

  @Override
  public String getComponentName() {
    return dockable.getTitleText();
  }

  @Override
  public int getComponentPosition() {
    return toolPosition;
  }

  @Override
  public void setComponentPosition(int position) {
    toolPosition = position;
  }

  @Override
  public Component getToolComponent() {
    return this;
  }

  @Override
  public boolean isComponentEnabled() {
    return isEnabled();
  }

  @Override
  public void setComponentEnabled(boolean enabled) {
    setEnabled(enabled);
  }

  protected void setDockableWidth(int width) {
    this.dockableWidth = width;
  }

  @Override
  public int getDockableWidth() {
    return dockableWidth;
  }

  @Override
  public final DefaultSingleCDockable getDockable() {
    return dockable;
  }

  @Override
  public void showDockable() {
    setVisible(true);
  }

  @Override
  public void closeDockable() {
    setVisible(false);
  }
}
