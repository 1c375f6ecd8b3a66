package org.hipspa.weasis;

import java.util.Hashtable;
import org.hipspa.weasis.engine.EngineFailure;
import org.hipspa.weasis.engine.EngineReady;
import org.hipspa.weasis.engine.EngineStartup;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.ModelSummary;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.weasis.core.api.gui.Insertable;
import org.weasis.core.api.gui.Insertable.Type;
import org.weasis.core.api.gui.InsertableFactory;

/** Gives Weasis's 2D DICOM viewer (and MPR) the HipSpA side panel. */
@Component(
    service = InsertableFactory.class,
    property = {"org.weasis.dicom.viewer2d.View2dContainer=true"})
public final class HipspaToolFactory implements InsertableFactory {

  @Reference private EngineStartup engine;
  @Reference private HipspaSession session;

  @Override
  public Type getType() {
    return Type.TOOL;
  }

  @Override
  public Insertable createInstance(Hashtable<String, Object> properties) {
    AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), new WeasisAnalysisHost());
    panel.followEngine(engine.whenReady().thenApply(EngineReady::describe), EngineFailure::sentence);
    session.attach(panel);
    return new HipspaTool(panel);
  }

  @Override
  public void dispose(Insertable component) {
    if (component instanceof HipspaTool tool) {
      session.detach(tool.panel());
      tool.dispose();
    }
  }

  @Override
  public boolean isComponentCreatedByThisFactory(Insertable component) {
    return component instanceof HipspaTool;
  }
}
