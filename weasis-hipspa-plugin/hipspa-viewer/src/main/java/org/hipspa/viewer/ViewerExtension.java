package org.hipspa.viewer;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.cli.CommandExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds {@code hipspa view} to the command line, and lets {@code hipspa demo} show its result (META-INF/services). */
public final class ViewerExtension implements CommandExtension {

  private static final Logger LOG = LoggerFactory.getLogger(ViewerExtension.class);

  @Override
  public List<Object> subcommands() {
    return List.of(new ViewCommand());
  }

  @Override
  public boolean show(Path study, Path result) {
    try {
      ViewCommand.show(new ViewRequest(study, null, null, result));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (Exception e) {
      LOG.warn("the viewer could not show the result", e);
      return false;
    }
  }
}
