package org.hipspa.ui;

/**
 * What the host does when the reader picks a row of the slice table: Weasis scrolls its viewer, the standalone viewer
 * shows the slice. Called on the Swing event thread.
 */
@FunctionalInterface
public interface SliceNavigator {

  SliceNavigator NONE = sliceIndex -> {};

  /** @param sliceIndex index into the analysed series' slices ({@code MrSeries.slices()}), sorted along the normal */
  void showSlice(int sliceIndex);
}
