package org.hipspa.weasis;

import java.util.Hashtable;
import org.hipspa.weasis.engine.EngineStartup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.weasis.core.api.gui.Insertable;
import org.weasis.core.api.gui.Insertable.Type;
import org.weasis.core.api.gui.InsertableFactory;

/** Gives Weasis's 2D DICOM viewer (and MPR) the HipSpA toolbar. */
@Component(
    service = InsertableFactory.class,
    property = {"org.weasis.dicom.viewer2d.View2dContainer=true"})
public final class HipspaToolbarFactory implements InsertableFactory {

  @Reference private EngineStartup engine;

  @Override
  public Type getType() {
    return Type.TOOLBAR;
  }

  @Override
  public Insertable createInstance(Hashtable<String, Object> properties) {
    return new HipspaToolbar(engine.whenReady());
  }

  @Override
  public void dispose(Insertable component) {
    // The toolbar holds no listener on Weasis objects yet; the lesion-layer round removes its own here.
  }

  @Override
  public boolean isComponentCreatedByThisFactory(Insertable component) {
    return component instanceof HipspaToolbar;
  }
}
