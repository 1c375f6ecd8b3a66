package org.hipspa.weasis;

import java.util.Hashtable;
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

  @Reference private HipspaSession session;

  @Override
  public Type getType() {
    return Type.TOOLBAR;
  }

  @Override
  public Insertable createInstance(Hashtable<String, Object> properties) {
    HipspaToolbar toolbar = new HipspaToolbar(session);
    session.attach(toolbar);
    return toolbar;
  }

  @Override
  public void dispose(Insertable component) {
    if (component instanceof HipspaToolbar toolbar) {
      session.detach(toolbar);
    }
  }

  @Override
  public boolean isComponentCreatedByThisFactory(Insertable component) {
    return component instanceof HipspaToolbar;
  }
}
