package org.weasis.core.ui.docking;

import bibliothek.gui.dock.common.DefaultSingleCDockable;
import java.awt.Component;
import org.weasis.core.api.gui.Insertable;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.docking.DockableTool}
 * (weasis-core/src/main/java/org/weasis/core/ui/docking/DockableTool.java): a side panel Weasis docks beside a viewer.
 */
public interface DockableTool extends Insertable {

  DefaultSingleCDockable getDockable();

  void showDockable();

  void closeDockable();

  Component getToolComponent();

  int getDockableWidth();
}
