package org.weasis.core.ui.util;

import javax.swing.JToolBar;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.util.WtoolBar}
 * (weasis-core/src/main/java/org/weasis/core/ui/util/WtoolBar.java): a real, non-floatable {@link JToolBar} that is its
 * own {@link Toolbar}. Weasis's version also adds a leading separator styled by its theme; the mirror does not.
 */
public class WtoolBar extends JToolBar implements Toolbar {

  private final String barName;
  private int barPosition;

  public WtoolBar(String barName, int position) {
    setFloatable(false);
    this.barName = barName;
    this.barPosition = position;
  }

  @Override
  public Type getType() {
    return Type.TOOLBAR;
  }

  @Override
  public int getComponentPosition() {
    return barPosition;
  }

  @Override
  public void setComponentPosition(int position) {
    this.barPosition = position;
  }

  @Override
  public String getComponentName() {
    return barName;
  }

  @Override
  public final WtoolBar getComponent() {
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

  @Override
  public String toString() {
    return barName;
  }
}
