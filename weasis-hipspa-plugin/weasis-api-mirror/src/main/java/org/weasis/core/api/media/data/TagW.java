package org.weasis.core.api.media.data;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.TagW}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/TagW.java): a tag key. Only {@link #PresentationModel},
 * {@link #ExplorerModel} and {@link #getKeyword()} are used by the plugin; the constructor here is the mirror's own (Weasis's take a type too).
 */
public class TagW {

  /** Where an image keeps its {@code GraphicModel}. */
  public static final TagW PresentationModel = new TagW("PresentationModel");

  /** Where a series keeps the explorer's data model it belongs to (the DICOM explorer's {@code DicomModel}). */
  public static final TagW ExplorerModel = new TagW("ExplorerModel");

  private final String keyword;

  public TagW(String keyword) {
    this.keyword = keyword;
  }

  public String getKeyword() {
    return keyword;
  }

  @Override
  public String toString() {
    return keyword;
  }
}
