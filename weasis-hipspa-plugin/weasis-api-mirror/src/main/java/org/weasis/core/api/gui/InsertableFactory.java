package org.weasis.core.api.gui;

import java.util.Hashtable;
import org.weasis.core.api.gui.Insertable.Type;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.InsertableFactory}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/InsertableFactory.java): the OSGi service Weasis asks for
 * toolbars and tools when it builds a viewer.
 */
public interface InsertableFactory {

  Insertable createInstance(Hashtable<String, Object> properties);

  void dispose(Insertable component);

  boolean isComponentCreatedByThisFactory(Insertable component);

  Type getType();
}
