package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackage;
import org.hipspa.testing.ShippedModel;
import org.junit.jupiter.api.Test;

/** The cross-validation table people read in the docs is the one the shipped model's manifest carries. */
class ShippedCrossValidationTest {

  @Test
  void theModelCardAndTheValidationReportPublishTheShippedManifestsTable() throws Exception {
    ModelManifest.CrossValidation cv = ModelPackage.open(ShippedModel.folder()).manifest().crossValidation();
    assertThat(cv.folds()).isEqualTo(5);
    assertThat(cv.perFold()).hasSize(5);
    assertThat(cv.mean()).isEqualTo(SegmentationScores.meanOf(cv.perFold()));

    String table = CrossValidation.table(cv).strip();
    Path docs = ShippedModel.folder().getParent().getParent().resolve("docs");
    assertThat(Files.readString(docs.resolve("model-card.md"))).contains(table);
    assertThat(Files.readString(docs.resolve("validation.md"))).contains(table);
  }
}
