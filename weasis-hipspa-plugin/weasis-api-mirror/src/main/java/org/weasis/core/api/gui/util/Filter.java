package org.weasis.core.api.gui.util;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.util.Filter}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/util/Filter.java); the plugin passes null (no filter).
 */
public interface Filter<E> {

  boolean passes(E object);
}
