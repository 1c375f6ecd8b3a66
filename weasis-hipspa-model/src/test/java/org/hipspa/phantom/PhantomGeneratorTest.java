package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.Plane;
import org.hipspa.image.Vec3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhantomGeneratorTest {
  private static final PhantomGenerator GENERATOR = new PhantomGenerator();
  /** 12 slices 4 mm apart cover both femoral heads; a clear lesion load on both sides for seed 11. */
  private static PhantomPatient sick;
  private static PhantomPatient healthy;

  @BeforeAll
  static void generate() {
    PhantomSettings s = PhantomSettings.defaults(11).withSlices(12, 4, 4).withDifficulty(Difficulty.EASY);
    sick = GENERATOR.generate(s.withSeverity(0.9));
    healthy = GENERATOR.generate(s.withSeverity(0));
  }

  @Test
  void seriesIsCoronalAnteriorToPosteriorWithTheRightHipOnTheImageLeft() {
    MrSeries series = sick.series();
    assertThat(series.orientation().plane()).isEqualTo(Plane.CORONAL);
    assertThat(series.normal().y()).isGreaterThan(0.99);
    assertThat(series.sliceStepMm()).isEqualTo(4.0);
    assertThat(series.columns()).isEqualTo(512);
    assertThat(series.rows()).isEqualTo(384);
    for (int k = 0; k < series.size(); k++) {
      assertThat(series.slice(k).instanceNumber()).isEqualTo(k + 1);
    }
    HipAnatomySummary right = sick.parameters().right();
    HipAnatomySummary left = sick.parameters().left();
    assertThat(right.headCentreMm().x()).isNegative();
    assertThat(left.headCentreMm().x()).isPositive();
    SliceTruth middle = sick.truth().get(6);
    assertThat(middle.right().headCentreColumn()).isLessThan(series.columns() / 2.0);
    assertThat(middle.left().headCentreColumn()).isGreaterThan(series.columns() / 2.0);
    assertThat(series.study().patientName()).startsWith("PHANTOM^HIP^");
  }

  @Test
  void theSameSeedGivesIdenticalPixelsMasksAndUids() {
    PhantomSettings s = PhantomSettings.defaults(11).withSlices(12, 4, 4).withDifficulty(Difficulty.EASY)
        .withSeverity(0.9);
    PhantomPatient again = GENERATOR.generate(s);
    assertThat(again.series().seriesInstanceUid()).isEqualTo(sick.series().seriesInstanceUid());
    for (int k = 0; k < again.series().size(); k++) {
      assertThat(again.series().slice(k).pixels()).isEqualTo(sick.series().slice(k).pixels());
      assertThat(again.series().slice(k).sopInstanceUid()).isEqualTo(sick.series().slice(k).sopInstanceUid());
    }
    assertThat(again.truth()).isEqualTo(sick.truth());
    PhantomPatient other = GENERATOR.generate(s.withSeed(12));
    assertThat(other.series().slice(6).pixels()).isNotEqualTo(sick.series().slice(6).pixels());
    assertThat(other.series().seriesInstanceUid()).isNotEqualTo(sick.series().seriesInstanceUid());
  }

  @Test
  void severityZeroGivesNoLesions() {
    assertThat(healthy.parameters().bmeLesions()).isEmpty();
    assertThat(healthy.parameters().effusions()).isEmpty();
    assertThat(healthy.parameters().burden().totalMm3()).isZero();
    for (SliceTruth t : healthy.truth()) {
      for (HipSide side : HipSide.values()) {
        assertThat(t.hip(side).lesion().isEmpty()).isTrue();
        if (t.hip(side).counts()) {
          assertThat(t.hip(side).lesionProportion()).isZero();
        }
      }
    }
  }

  @Test
  void risingSeverityGivesMonotonicallyMoreLesionVolume() {
    for (long seed : new long[] {3, 5, 8}) {
      PhantomSettings s = PhantomSettings.defaults(seed).withSlices(6, 8, 4);
      double previous = -1;
      for (double severity : seed == 3 ? new double[] {0, 0.3, 0.6, 1.0} : new double[] {0.3, 0.6, 1.0}) {
        double volume = GENERATOR.generate(s.withSeverity(severity)).parameters().burden().totalMm3();
        if (severity == 0) {
          assertThat(volume).as("seed %d severity 0", seed).isZero();
        } else {
          assertThat(volume).as("seed %d severity %.1f", seed, severity).isGreaterThan(previous);
        }
        previous = volume;
      }
    }
  }

  @Test
  void femoralHeadMasksLieOnDarkRoundFemoralHeads() {
    double muscle = healthy.parameters().muscleSignal();
    for (HipSide side : HipSide.values()) {
      int central = centralSlice(healthy, side);
      HipTruth hip = healthy.truth().get(central).hip(side);
      FloatImage img = healthy.series().slice(central).pixels();
      BinaryMask head = hip.head();
      double r = healthy.parameters().hip(side).headRadiusMm();
      double px = healthy.series().spacingX();
      double expectedArea = Math.PI * r * r / (px * px);
      assertThat(head.count()).as("%s head area near its widest cut", side).isBetween((int) (0.55 * expectedArea),
          (int) (1.05 * expectedArea));
      double[] c = centroid(head);
      assertThat(Math.hypot(c[0] - hip.headCentreColumn(), c[1] - hip.headCentreRow()))
          .as("%s mask centroid to true centre, pixels", side).isLessThan(0.35 * r / px);
      assertThat(circularity(head)).as("%s roundness", side).isGreaterThan(0.75);
      double inside = head.sumOf(img) / head.count();
      BinaryMask ring = dilate(head, 10).andNot(dilate(head, 4));
      double around = ring.sumOf(img) / ring.count();
      assertThat(inside).as("%s fat-suppressed marrow is darker than muscle", side).isLessThan(0.7 * muscle);
      assertThat(inside).as("%s head is not background", side).isGreaterThan(0.15 * muscle);
      assertThat(around).as("%s soft tissue and acetabulum around the head", side).isGreaterThan(inside);
    }
  }

  @Test
  void boneMarrowEdemaLiesInsideTheBoneOfItsOwnHipAndIsBright() {
    for (HipSide side : HipSide.values()) {
      Vec3 centre = sick.parameters().hip(side).headCentreMm();
      double r = sick.parameters().hip(side).headRadiusMm();
      double bmeSum = 0;
      int bmeCount = 0;
      double marrowSum = 0;
      int marrowCount = 0;
      for (SliceTruth t : sick.truth()) {
        MrSlice slice = sick.series().slice(t.index());
        HipTruth hip = t.hip(side);
        BinaryMask bme = hip.bme();
        bmeSum += bme.sumOf(slice.pixels());
        bmeCount += bme.count();
        BinaryMask marrow = erode(hip.head(), 3).andNot(dilate(bme, 4));
        marrowSum += marrow.sumOf(slice.pixels());
        marrowCount += marrow.count();
        for (int y = 0; y < bme.height(); y++) {
          for (int x = 0; x < bme.width(); x++) {
            if (bme.get(x, y)) {
              Vec3 p = slice.geometry().toPatient(x, y);
              assertThat(Math.signum(p.x())).as("BME on the %s side", side).isEqualTo((double) side.sign());
              assertThat(p.minus(centre).length()).as("%s BME near the hip joint", side).isLessThan(r + 30);
              assertThat(hip.effusion().get(x, y)).as("BME is in bone, not in joint fluid").isFalse();
            }
          }
        }
      }
      assertThat(bmeCount).as("%s hip has BME at severity 0.9", side).isPositive();
      assertThat(bmeSum / bmeCount).as("%s BME is brighter than normal marrow", side)
          .isGreaterThan(1.6 * marrowSum / marrowCount);
      assertThat(bmeSum / bmeCount).as("%s BME is edematous marrow, darker than joint fluid", side)
          .isLessThan(0.85 * meanEffusionSignal(sick));
    }
  }

  @Test
  void effusionLiesInTheJointSpaceAroundTheHeadAndIsFluidBright() {
    double muscle = sick.parameters().muscleSignal();
    for (HipSide side : HipSide.values()) {
      Vec3 centre = sick.parameters().hip(side).headCentreMm();
      double r = sick.parameters().hip(side).headRadiusMm();
      int count = 0;
      int nearHead = 0;
      double sum = 0;
      for (SliceTruth t : sick.truth()) {
        MrSlice slice = sick.series().slice(t.index());
        HipTruth hip = t.hip(side);
        assertThat(hip.effusion().and(hip.head()).isEmpty()).as("effusion is outside the head").isTrue();
        BinaryMask eff = hip.effusion();
        sum += eff.sumOf(slice.pixels());
        for (int y = 0; y < eff.height(); y++) {
          for (int x = 0; x < eff.width(); x++) {
            if (eff.get(x, y)) {
              double d = slice.geometry().toPatient(x, y).minus(centre).length();
              assertThat(d).as("%s effusion within the capsule", side).isLessThan(r + 45).isGreaterThan(r - 1);
              count++;
              if (d < r + 10) {
                nearHead++;
              }
            }
          }
        }
      }
      assertThat(count).as("%s effusion at severity 0.9", side).isPositive();
      assertThat((double) nearHead / count).as("%s effusion hugs the head", side).isGreaterThan(0.3);
      assertThat(sum / count).as("%s effusion is fluid bright", side).isGreaterThan(1.8 * muscle);
    }
  }

  @Test
  void aCropOf128By160AroundTheTrueHeadCentreHoldsTheHeadAndAllLesionsOfThatHip() {
    for (PhantomPatient p : List.of(sick, healthy)) {
      for (HipSide side : HipSide.values()) {
        int central = centralSlice(p, side);
        double cx = p.truth().get(central).hip(side).headCentreColumn();
        double cy = p.truth().get(central).hip(side).headCentreRow();
        int x0 = (int) Math.round(cx) - 64;
        int y0 = (int) Math.round(cy) - 80;
        for (SliceTruth t : p.truth()) {
          HipTruth h = t.hip(side);
          BinaryMask all = h.head().or(h.bme()).or(h.effusion());
          for (int y = 0; y < all.height(); y++) {
            for (int x = 0; x < all.width(); x++) {
              if (all.get(x, y)) {
                assertThat(x >= x0 && x < x0 + 128 && y >= y0 && y < y0 + 160)
                    .as("%s pixel (%d, %d) of slice %d inside the crop at (%d, %d)", side, x, y, t.index(), x0, y0)
                    .isTrue();
              }
            }
          }
        }
      }
    }
  }

  @Test
  void airAroundThePatientCarriesRicianNoiseOfTheStatedSnr() {
    PhantomParameters p = healthy.parameters();
    double sigma = p.muscleSignal() / p.snr();
    FloatImage img = healthy.series().slice(6).pixels();
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 6; x++) {
        double v = img.get(x, y);
        sum += v;
        sumSq += v * v;
        n++;
      }
    }
    // A Rayleigh magnitude (Rician with no signal) has mean sigma sqrt(pi/2) and mean square 2 sigma^2.
    assertThat(sum / n).isCloseTo(sigma * Math.sqrt(Math.PI / 2), org.assertj.core.api.Assertions.withinPercentage(12));
    assertThat(sumSq / n).isCloseTo(2 * sigma * sigma, org.assertj.core.api.Assertions.withinPercentage(20));
  }

  @Test
  void proportionsFollowMethodDefinitions() {
    for (SliceTruth t : sick.truth()) {
      FloatImage img = sick.series().slice(t.index()).pixels();
      for (HipSide side : HipSide.values()) {
        HipTruth h = t.hip(side);
        if (!h.counts()) {
          assertThat(h.lesionProportion()).isNaN();
          continue;
        }
        assertThat(h.bmeProportion()).isEqualTo(h.bme().sumOf(img) / h.head().sumOf(img));
        assertThat(h.lesionAreaProportion()).isEqualTo((double) h.lesion().count() / h.head().count());
      }
    }
  }

  private static double meanEffusionSignal(PhantomPatient p) {
    double sum = 0;
    int n = 0;
    for (SliceTruth t : p.truth()) {
      BinaryMask eff = t.right().effusion().or(t.left().effusion());
      sum += eff.sumOf(p.series().slice(t.index()).pixels());
      n += eff.count();
    }
    return sum / n;
  }

  static int centralSlice(PhantomPatient p, HipSide side) {
    int best = 0;
    for (SliceTruth t : p.truth()) {
      if (t.hip(side).head().count() > p.truth().get(best).hip(side).head().count()) {
        best = t.index();
      }
    }
    return best;
  }

  private static double[] centroid(BinaryMask m) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        if (m.get(x, y)) {
          sx += x;
          sy += y;
          n++;
        }
      }
    }
    return new double[] {sx / n, sy / n};
  }

  /** 4 pi area / perimeter^2 with the perimeter counted as edge pixels times pi/4 correction; 1 for a disc. */
  private static double circularity(BinaryMask m) {
    int edges = 0;
    for (int y = 1; y < m.height() - 1; y++) {
      for (int x = 1; x < m.width() - 1; x++) {
        if (m.get(x, y)) {
          edges += (m.get(x - 1, y) ? 0 : 1) + (m.get(x + 1, y) ? 0 : 1) + (m.get(x, y - 1) ? 0 : 1)
              + (m.get(x, y + 1) ? 0 : 1);
        }
      }
    }
    double perimeter = edges * Math.PI / 4;
    return 4 * Math.PI * m.count() / (perimeter * perimeter);
  }

  static BinaryMask dilate(BinaryMask m, int radius) {
    BinaryMask out = new BinaryMask(m.width(), m.height());
    List<int[]> offsets = new ArrayList<>();
    for (int dy = -radius; dy <= radius; dy++) {
      for (int dx = -radius; dx <= radius; dx++) {
        if (dx * dx + dy * dy <= radius * radius) {
          offsets.add(new int[] {dx, dy});
        }
      }
    }
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        if (m.get(x, y)) {
          for (int[] o : offsets) {
            int xx = x + o[0];
            int yy = y + o[1];
            if (xx >= 0 && yy >= 0 && xx < m.width() && yy < m.height()) {
              out.set(xx, yy, true);
            }
          }
        }
      }
    }
    return out;
  }

  static BinaryMask erode(BinaryMask m, int radius) {
    BinaryMask inverse = new BinaryMask(m.width(), m.height());
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        inverse.set(x, y, !m.get(x, y));
      }
    }
    BinaryMask grown = dilate(inverse, radius);
    return m.andNot(grown);
  }
}
