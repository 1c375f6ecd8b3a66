package org.weasis.core.api.gui.util;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.util.SliderCineListener}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/util/SliderCineListener.java, which inherits these members from
 * {@code SliderChangeListener}): the viewer's slice slider. Its values run from 1 to the number of images, in the
 * view's current sort order. Here the value is only stored, for tests.
 */
public abstract class SliderCineListener {

  private int value = 1;

  public void setSliderValue(int value) {
    this.value = value;
  }

  public int getSliderValue() {
    return value;
  }
}
