package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.SliceGeometry;

/**
 * Renders one slice of the scene. Partial volume in-plane comes from the signed distances (each layer
 * covers a pixel by the fraction its surface cuts off across one pixel width, which is what a fine
 * render followed by a box downsample converges to); through the slice it comes from three planes, the
 * centres of the slab's thirds. The truth masks are drawn from the same three planes: a pixel belongs to a
 * structure where at least two of them lie inside it. So the truth's edge falls on a step the image shows
 * (two thirds of the contrast inside, a third or less outside). With two planes and the truth at the centre,
 * the ends of each femoral head showed a half-bright ring whose two edges were visible and the truth's edge,
 * between them, was not. Work is limited to the layers whose boxes reach each 16 x 16 tile.
 */
final class PhantomRenderer {
  private static final int TILE = 16;

  private final PhantomScene scene;
  private final PhantomPose pose;
  private final ImagingConditions imaging;
  private final double thicknessMm;

  PhantomRenderer(PhantomScene scene, PhantomPose pose, ImagingConditions imaging, double thicknessMm) {
    this.scene = scene;
    this.pose = pose;
    this.imaging = imaging;
    this.thicknessMm = thicknessMm;
  }

  RenderedSlice render(SliceGeometry g, int width, int height, PhantomRandom noise) {
    RenderedSlice out = RenderedSlice.empty(width, height);
    double[] q0 = new double[3];
    double[] dc = new double[3];
    double[] dr = new double[3];
    double[] dn = new double[3];
    pose.toAnatomy(g.position().x(), g.position().y(), g.position().z(), q0);
    pose.directionToAnatomy(g.rowDirection().x() * g.spacingX(), g.rowDirection().y() * g.spacingX(),
        g.rowDirection().z() * g.spacingX(), dc);
    pose.directionToAnatomy(g.columnDirection().x() * g.spacingY(), g.columnDirection().y() * g.spacingY(),
        g.columnDirection().z() * g.spacingY(), dr);
    var n = g.normal();
    double third = thicknessMm / 3;
    pose.directionToAnatomy(n.x() * third, n.y() * third, n.z() * third, dn);
    double w = Math.min(g.spacingX(), g.spacingY()) / pose.scale;
    double hw = w / 2;

    List<PhantomScene.Layer> all = scene.layers;
    float[] signal = new float[width * height];
    PhantomScene.Layer[] tileLayers = new PhantomScene.Layer[all.size()];
    for (int ty = 0; ty < height; ty += TILE) {
      for (int tx = 0; tx < width; tx += TILE) {
        int tx1 = Math.min(width, tx + TILE);
        int ty1 = Math.min(height, ty + TILE);
        Box tile = tileBox(q0, dc, dr, dn, tx, ty, tx1 - 1, ty1 - 1).grow(w + 1);
        int count = 0;
        for (PhantomScene.Layer layer : all) {
          if (layer.bounds().grow(w + 1).intersects(tile)) {
            tileLayers[count++] = layer;
          }
        }
        for (int row = ty; row < ty1; row++) {
          for (int col = tx; col < tx1; col++) {
            double bx = q0[0] + col * dc[0] + row * dr[0];
            double by = q0[1] + col * dc[1] + row * dr[1];
            double bz = q0[2] + col * dc[2] + row * dr[2];
            double v = sample(tileLayers, count, bx - dn[0], by - dn[1], bz - dn[2], w, hw)
                + sample(tileLayers, count, bx, by, bz, w, hw)
                + sample(tileLayers, count, bx + dn[0], by + dn[1], bz + dn[2], w, hw);
            signal[row * width + col] = (float) (v / 3);
          }
        }
        truth(out, q0, dc, dr, dn, tile, tx, ty, tx1, ty1);
      }
    }
    blurRows(signal, width, height);
    addBiasAndNoise(g, width, height, signal, out.pixels().values(), noise);
    return out;
  }

  /** Composites the layers from the top down, stopping once a layer covers the point fully. */
  private static double sample(PhantomScene.Layer[] layers, int count, double x, double y, double z, double w,
      double hw) {
    double value = 0;
    double transmit = 1;
    for (int i = count - 1; i >= 0; i--) {
      PhantomScene.Layer layer = layers[i];
      double d = layer.shape().sdf(x, y, z);
      if (d >= hw) {
        continue;
      }
      double cover = d <= -hw ? 1 : 0.5 - d / w;
      value += transmit * cover * layer.material().value(x, y, z, d);
      transmit *= 1 - cover;
      if (transmit <= 1e-4) {
        break;
      }
    }
    return value;
  }

  private void truth(RenderedSlice out, double[] q0, double[] dc, double[] dr, double[] dn, Box tile, int tx,
      int ty, int tx1, int ty1) {
    for (HipSide side : HipSide.values()) {
      PhantomScene.HipTruthSolids solids = scene.truth.get(side);
      RenderedSlice.Masks masks = out.masks().get(side);
      boolean head = solids.head().bounds().intersects(tile);
      boolean effusion = solids.effusion() != null && solids.effusion().bounds().intersects(tile);
      List<EdemaField> edema = new ArrayList<>();
      for (EdemaField e : solids.edema()) {
        if (e.bounds.intersects(tile)) {
          edema.add(e);
        }
      }
      if (!head && !effusion && edema.isEmpty()) {
        continue;
      }
      for (int row = ty; row < ty1; row++) {
        for (int col = tx; col < tx1; col++) {
          int headVotes = 0;
          int effusionVotes = 0;
          int bmeVotes = 0;
          for (int plane = -1; plane <= 1; plane++) {
            double x = q0[0] + col * dc[0] + row * dr[0] + plane * dn[0];
            double y = q0[1] + col * dc[1] + row * dr[1] + plane * dn[1];
            double z = q0[2] + col * dc[2] + row * dr[2] + plane * dn[2];
            if (head && solids.head().sdf(x, y, z) <= 0) {
              headVotes++;
            }
            if (effusion && solids.effusion().sdf(x, y, z) <= 0) {
              effusionVotes++;
            }
            if (inEdema(solids, edema, x, y, z)) {
              bmeVotes++;
            }
          }
          masks.head().set(col, row, headVotes >= 2);
          masks.effusion().set(col, row, effusionVotes >= 2);
          masks.bme().set(col, row, bmeVotes >= 2);
        }
      }
    }
  }

  private static boolean inEdema(PhantomScene.HipTruthSolids solids, List<EdemaField> edema, double x, double y,
      double z) {
    for (EdemaField e : edema) {
      if (e.inMask(x, y, z) && inMarrow(solids, e.site, x, y, z)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inMarrow(PhantomScene.HipTruthSolids s, BmeSite site, double x, double y, double z) {
    if (site == BmeSite.ACETABULUM) {
      return s.pelvis().sdf(x, y, z) <= -s.pelvisCortex().at(x, y, z);
    }
    return s.femur().sdf(x, y, z) <= -s.femurCortex().at(x, y, z);
  }

  private static Box tileBox(double[] q0, double[] dc, double[] dr, double[] dn, int c0, int r0, int c1, int r1) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double minZ = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    double maxZ = -Double.MAX_VALUE;
    for (int corner = 0; corner < 8; corner++) {
      int c = (corner & 1) == 0 ? c0 : c1;
      int r = (corner & 2) == 0 ? r0 : r1;
      int t = (corner & 4) == 0 ? -1 : 1;
      double x = q0[0] + c * dc[0] + r * dr[0] + t * dn[0];
      double y = q0[1] + c * dc[1] + r * dr[1] + t * dn[1];
      double z = q0[2] + c * dc[2] + r * dr[2] + t * dn[2];
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      minZ = Math.min(minZ, z);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
      maxZ = Math.max(maxZ, z);
    }
    return new Box(minX, minY, minZ, maxX, maxY, maxZ);
  }

  /**
   * The phase-encoding direction (head-foot here) is sampled at half the matrix, as in the paper's
   * 512 x 256 protocol: a [1 2 1]/4 blur down the columns stands in for that lost resolution.
   */
  private static void blurRows(float[] v, int width, int height) {
    float[] above = new float[width];
    System.arraycopy(v, 0, above, 0, width);
    for (int row = 0; row < height; row++) {
      int below = Math.min(height - 1, row + 1) * width;
      for (int col = 0; col < width; col++) {
        int i = row * width + col;
        float here = v[i];
        v[i] = 0.25f * above[col] + 0.5f * here + 0.25f * v[below + col];
        above[col] = here;
      }
    }
  }

  /** Multiplies by the coil bias, adds Rician magnitude noise and quantises to 12-bit stored values. */
  private void addBiasAndNoise(SliceGeometry g, int width, int height, float[] signal, float[] stored,
      PhantomRandom noise) {
    double sigma = imaging.sigma();
    double scale = imaging.muscleSignal();
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        var p = g.toPatient(col, row);
        int i = row * width + col;
        double s = signal[i] * scale * imaging.biasAt(p.x(), p.y(), p.z());
        double re = s + sigma * noise.gaussian();
        double im = sigma * noise.gaussian();
        double m = Math.sqrt(re * re + im * im);
        stored[i] = (float) Math.min(ImagingConditions.MAX_STORED, Math.rint(m));
      }
    }
  }
}
