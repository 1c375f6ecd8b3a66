package org.weasis.core.api.gui;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.Insertable}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/Insertable.java): a contribution Weasis places in its UI.
 */
public interface Insertable {

  /** Where a contribution goes; same constants as Weasis 4.7.2 (WEASIS-HOST.md). */
  enum Type {
    EXPLORER,
    TOOL,
    TOOL_EXT,
    TOOLBAR,
    EMPTY,
    LICENSE,
    PREFERENCES
  }

  String getComponentName();

  Type getType();

  boolean isComponentEnabled();

  void setComponentEnabled(boolean enabled);

  int getComponentPosition();

  void setComponentPosition(int position);
}
