package org.weasis.core.ui.util;

import org.weasis.core.api.gui.Insertable;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.util.Toolbar} (weasis-core/src/main/java/org/weasis/core/ui/util/,
 * signature as in WEASIS-HOST.md): a toolbar contribution.
 */
public interface Toolbar extends Insertable {

  WtoolBar getComponent();
}
