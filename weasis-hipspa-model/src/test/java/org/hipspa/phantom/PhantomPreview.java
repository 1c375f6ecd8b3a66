package org.hipspa.phantom;

import java.nio.file.Path;

/** Development aid (not a test): writes a contact sheet and a full-size slice to look at. */
public final class PhantomPreview {
  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    double severity = args.length > 1 ? Double.parseDouble(args[1]) : Double.NaN;
    Path out = Path.of(args.length > 2 ? args[2] : "/tmp/phantom-preview");
    PhantomSettings settings = PhantomSettings.defaults(seed).withSeverity(severity);
    PhantomGenerator gen = new PhantomGenerator();
    PhantomPatient p = null;
    for (int i = 0; i < 3; i++) {
      var bean = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = bean.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      p = gen.generate(settings.withSeed(seed + i));
      System.out.printf("generated %d slices in %.0f ms wall, %.0f ms cpu%n", p.series().size(),
          (System.nanoTime() - t0) / 1e6, (bean.getCurrentThreadCpuTime() - c0) / 1e6);
    }
    p = gen.generate(settings);
    ContactSheet.write(ContactSheet.render(p, 0.5, 5, true), out.resolve("sheet.png"));
    ContactSheet.write(ContactSheet.render(p, 0.25, 10, false), out.resolve("thumbs.png"));
    int mid = p.series().size() / 2;
    ContactSheet.write(ContactSheet.slice(p, mid, 1.0, false), out.resolve("slice.png"));
    ContactSheet.write(ContactSheet.slice(p, mid, 1.0, true), out.resolve("slice-masks.png"));
  }
}

/** Development aid: the central slice of one patient at each difficulty, side by side. */
final class PhantomDifficultyPreview {
  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    java.util.List<java.awt.image.BufferedImage> images = new java.util.ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      PhantomPatient p = new PhantomGenerator().generate(PhantomSettings.defaults(seed).withSeverity(0.6)
          .withDifficulty(d).withSlices(3, 4, 4));
      images.add(ContactSheet.slice(p, 1, 0.75, false));
    }
    var out = new java.awt.image.BufferedImage(images.get(0).getWidth() * 3, images.get(0).getHeight(),
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    for (int i = 0; i < 3; i++) {
      g.drawImage(images.get(i), i * images.get(0).getWidth(), 0, null);
    }
    g.dispose();
    ContactSheet.write(out, Path.of(args[1]));
  }
}
