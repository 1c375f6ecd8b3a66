package org.hipspa.weasis;

import java.util.Hashtable;
import javax.swing.SwingUtilities;
import org.hipspa.ui.Messages;
import org.hipspa.weasis.engine.BundleThreads;
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
    engine.whenPipeline().whenComplete((pipeline, failure) -> SwingUtilities.invokeLater(() -> {
      if (failure != null && !engine.whenReady().isCompletedExceptionally()) {
        panel.pipelineUnavailable(Messages.get("panel.model.failed", rootMessage(failure)));
      } else if (pipeline.isPresent()) {
        panel.showModel(pipeline.get().summary());
        panel.usePipeline(pipeline.get().analysis(), BundleThreads.named("hipspa-analysis"));
      }
    }));
    session.attach(panel);
    return new HipspaTool(panel);
  }

  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
        || t instanceof IllegalStateException)) {
      t = t.getCause();
    }
    return t.getMessage();
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
