package org.weasis.core.api.gui.util;

import java.awt.event.KeyEvent;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.util.ActionW}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/util/ActionW.java); only the slice slider's key.
 */
public class ActionW {

  public static final Feature.SliderCineListenerValue SCROLL_SERIES =
      new Feature.SliderCineListenerValue("Scroll", "sequence", KeyEvent.VK_S, 0, null);

  protected ActionW() {}
}
