package org.hipspa.weasis.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * Builds, with the bundles' own classes (their class loaders, not the test's), what a Weasis session hands our plugin:
 * a synthetic phantom patient from the embedded model library, shown as a Weasis series of {@code DicomImageElement}s
 * (mirror types) in the 2D viewer's selected view; and the pipeline the panel runs on it. The segmenter returns the
 * phantom's ground-truth masks (an analysis with known masks through the real pipeline inside the bundle), or the
 * network behind a model the test loads; the bundle's shipped model runs through the panel's own pipeline.
 */
final class InBundleAnalysis {

  private static final int SOP_CLASS_UID = 0x00080016;
  private static final int SOP_INSTANCE_UID = 0x00080018;
  private static final int MODALITY = 0x00080060;
  private static final int SERIES_DESCRIPTION = 0x0008103E;
  private static final int STUDY_INSTANCE_UID = 0x0020000D;
  private static final int SERIES_INSTANCE_UID = 0x0020000E;
  private static final int SERIES_NUMBER = 0x00200011;
  private static final int INSTANCE_NUMBER = 0x00200013;
  private static final int IMAGE_POSITION_PATIENT = 0x00200032;
  private static final int IMAGE_ORIENTATION_PATIENT = 0x00200037;
  private static final int FRAME_OF_REFERENCE_UID = 0x00200052;
  private static final int PIXEL_SPACING = 0x00280030;

  private final Bundle plugin;
  private final Bundle mirror;
  final Object patient;
  final Object series;
  final List<Object> images = new ArrayList<>();
  /** The DICOM explorer's model the series belongs to, as in Weasis (a mirror {@code DicomModel}). */
  Object explorerModel;

  InBundleAnalysis(Bundle plugin, Bundle mirror, long seed) throws Exception {
    this(plugin, mirror, staticCall(plugin.loadClass("org.hipspa.phantom.PhantomSettings"), "defaults", seed));
  }

  /** Patient {@code number} of the phantom cohort {@code cohortSeed}, as training and validation draw them. */
  static InBundleAnalysis validationPatient(Bundle plugin, Bundle mirror, long cohortSeed, int number)
      throws Exception {
    return new InBundleAnalysis(plugin, mirror, staticCall(plugin.loadClass("org.hipspa.train.PhantomCropSource"),
        "patientSettings", cohortSeed, number));
  }

  private InBundleAnalysis(Bundle plugin, Bundle mirror, Object settings) throws Exception {
    this.plugin = plugin;
    this.mirror = mirror;
    patient = call(plugin.loadClass("org.hipspa.phantom.PhantomGenerator").getConstructor().newInstance(),
        "generate", settings);
    series = call(patient, "series");
    for (Object slice : (List<?>) call(series, "slices")) {
      images.add(weasisImage(slice));
    }
  }

  int sliceCount() throws Exception {
    return (Integer) call(series, "size");
  }

  /** Puts the series in the 2D viewer's selected view, as Weasis does when the reader opens it. */
  void showInSelectedView() throws Exception {
    Class<?> mediaSeries = mirror.loadClass("org.weasis.core.api.media.data.MediaSeries");
    explorerModel = mirror.loadClass("org.weasis.dicom.explorer.DicomModel").getConstructor().newInstance();
    Object explorerTag = mirror.loadClass("org.weasis.core.api.media.data.TagW").getField("ExplorerModel").get(null);
    Object weasisSeries = proxy(mediaSeries, (p, m, a) -> switch (m.getName()) {
      case "getTagValue" -> a[0] == explorerTag ? explorerModel : null;
      case "copyOfMedias" -> {
        List<Object> copy = new ArrayList<>(images);
        if (a[1] != null) {
          @SuppressWarnings("unchecked")
          Comparator<Object> sort = (Comparator<Object>) a[1];
          copy.sort(sort);
        }
        yield copy;
      }
      default -> objectMethod(p, m, a);
    });
    Class<?> viewCanvas = mirror.loadClass("org.weasis.core.ui.editor.image.ViewCanvas");
    Object view = proxy(viewCanvas, (p, m, a) -> switch (m.getName()) {
      case "getSeries" -> weasisSeries;
      case "getCurrentSortComparator", "getJComponent" -> null;
      default -> objectMethod(p, m, a);
    });
    Object events = staticCall(mirror.loadClass("org.weasis.dicom.viewer2d.EventManager"), "getInstance");
    call(events, "setSelectedViewPane", view);
  }

  /** The pipeline with the phantom's true head centres as locator and the network behind {@code segmenter}. */
  Object pipelineOn(Object networkSegmenter) throws Exception {
    Object segmenter = plugin.loadClass("org.hipspa.pipeline.NetworkHipSegmenter")
        .getConstructor(plugin.loadClass("org.hipspa.net.Segmenter")).newInstance(networkSegmenter);
    Object settings = plugin.loadClass("org.hipspa.score.HimrissSettings").getField("PAPER").get(null);
    return plugin.loadClass("org.hipspa.pipeline.HipAnalysis").getConstructors()[0]
        .newInstance(trueHeadLocator(), segmenter, settings, "it", Clock.systemUTC());
  }

  /**
   * The pipeline with a locator that puts each femoral head where the phantom has it (the slice nearest the head's
   * true centre) and a segmenter that returns the phantom's ground truth.
   */
  Object pipeline() throws Exception {
    Object segmentation = staticCall(plugin.loadClass("org.hipspa.phantom.PhantomTruth"), "segmentation", patient);
    Object locator = trueHeadLocator();
    Object cropSpec = plugin.loadClass("org.hipspa.locate.CropSpec").getField("PAPER").get(null);
    Object model = plugin.loadClass("org.hipspa.pipeline.ModelDescription").getConstructors()[0]
        .newInstance("phantom ground truth", "it", "0".repeat(64), "the phantom's own masks", cropSpec);
    Class<?> segmenterType = plugin.loadClass("org.hipspa.pipeline.HipSegmenter");
    Object segmenter = proxy(segmenterType, (p, m, a) -> switch (m.getName()) {
      case "model" -> model;
      case "segment" -> segmentation;
      default -> objectMethod(p, m, a);
    });
    Object settings = plugin.loadClass("org.hipspa.score.HimrissSettings").getField("PAPER").get(null);
    return plugin.loadClass("org.hipspa.pipeline.HipAnalysis").getConstructors()[0]
        .newInstance(locator, segmenter, settings, "it", Clock.systemUTC());
  }

  private Object trueHeadLocator() throws Exception {
    Class<?> hipSide = plugin.loadClass("org.hipspa.segment.HipSide");
    java.util.Map<Object, Object> heads = new java.util.HashMap<>();
    for (Object side : hipSide.getEnumConstants()) {
      Object nearest = null;
      double distance = Double.MAX_VALUE;
      for (Object truth : (List<?>) call(patient, "truth")) {
        Object hip = call(truth, "hip", side);
        double d = Math.abs((Double) call(hip, "headCentreDistanceMm"));
        if (d < distance) {
          distance = d;
          nearest = truth;
        }
      }
      Object hip = call(nearest, "hip", side);
      heads.put(side, plugin.loadClass("org.hipspa.locate.HipLocation").getConstructors()[0].newInstance(side,
          call(hip, "headCentreColumn"), call(hip, "headCentreRow"), 24.0, call(nearest, "index"), 1.0));
    }
    return proxy(plugin.loadClass("org.hipspa.locate.HipLocator"), (p, m, a) -> switch (m.getName()) {
      case "locate" -> heads;
      default -> objectMethod(p, m, a);
    });
  }

  /** Dice of each structure over the slices and hips where it is in either mask (METHOD.md), by structure id. */
  java.util.Map<String, Double> diceAgainstTruth(Object prediction) throws Exception {
    Object truth = staticCall(plugin.loadClass("org.hipspa.phantom.PhantomTruth"), "segmentation", patient);
    Object scores = plugin.loadClass("org.hipspa.train.SegmentationScores").getConstructor().newInstance();
    Object[] sides = plugin.loadClass("org.hipspa.segment.HipSide").getEnumConstants();
    Object[] structures = plugin.loadClass("org.hipspa.segment.Structure").getEnumConstants();
    for (int i = 0; i < sliceCount(); i++) {
      for (Object side : sides) {
        Object predicted = call(call(prediction, "slice", i), "hip", side);
        Object expected = call(call(truth, "slice", i), "hip", side);
        for (Object structure : structures) {
          call(scores, "add", structure, call(predicted, "get", structure), call(expected, "get", structure));
        }
      }
    }
    java.util.Map<String, Double> dice = new java.util.TreeMap<>();
    for (var entry : ((java.util.Map<?, ?>) call(scores, "all")).entrySet()) {
      dice.put((String) entry.getKey(), (Double) call(entry.getValue(), "dice"));
    }
    return dice;
  }

  Object daemonThreads() throws Exception {
    return staticCall(plugin.loadClass("org.hipspa.ui.AnalysisController"), "daemonThreads");
  }

  private Object weasisImage(Object slice) throws Exception {
    Object pixels = call(slice, "pixels");
    float[] values = (float[]) call(pixels, "values");
    int width = (Integer) call(pixels, "width");
    int height = (Integer) call(pixels, "height");
    Class<?> planarImage = mirror.loadClass("org.weasis.opencv.data.PlanarImage");
    Object image = proxy(planarImage, (p, m, a) -> switch (m.getName()) {
      case "width" -> width;
      case "height" -> height;
      case "channels" -> 1;
      case "type" -> 5; // CV_32FC1
      case "get" -> {
        if (!(a[2] instanceof float[] out)) {
          throw new IllegalArgumentException("Mat data type is not compatible: 5");
        }
        System.arraycopy(values, 0, out, 0, values.length);
        yield values.length * 4;
      }
      default -> objectMethod(p, m, a);
    });
    Class<?> element = mirror.loadClass("org.weasis.dicom.codec.DicomImageElement");
    Object dicom = element.getConstructor(Object.class, planarImage).newInstance(0, image);
    Object geometry = call(slice, "geometry");
    Object position = call(geometry, "position");
    Object row = call(geometry, "rowDirection");
    Object column = call(geometry, "columnDirection");
    tag(dicom, SOP_INSTANCE_UID, call(slice, "sopInstanceUid"));
    tag(dicom, SOP_CLASS_UID, call(slice, "sopClassUid"));
    tag(dicom, INSTANCE_NUMBER, call(slice, "instanceNumber"));
    tag(dicom, IMAGE_POSITION_PATIENT, xyz(position));
    double[] r = xyz(row);
    double[] c = xyz(column);
    tag(dicom, IMAGE_ORIENTATION_PATIENT, new double[] {r[0], r[1], r[2], c[0], c[1], c[2]});
    tag(dicom, PIXEL_SPACING, new double[] {(Double) call(geometry, "spacingY"), (Double) call(geometry, "spacingX")});
    tag(dicom, SERIES_INSTANCE_UID, call(series, "seriesInstanceUid"));
    tag(dicom, FRAME_OF_REFERENCE_UID, call(series, "frameOfReferenceUid"));
    tag(dicom, SERIES_NUMBER, call(series, "seriesNumber"));
    tag(dicom, SERIES_DESCRIPTION, call(series, "seriesDescription"));
    tag(dicom, MODALITY, "MR");
    tag(dicom, STUDY_INSTANCE_UID, call(call(series, "study"), "studyInstanceUid"));
    return dicom;
  }

  private void tag(Object dicom, int tag, Object value) throws Exception {
    Object key = staticCall(mirror.loadClass("org.weasis.dicom.codec.TagD"), "get", Integer.valueOf(tag));
    call(dicom, "setTag", key, value);
  }

  private static double[] xyz(Object vec3) throws Exception {
    return new double[] {(Double) call(vec3, "x"), (Double) call(vec3, "y"), (Double) call(vec3, "z")};
  }

  private static Object proxy(Class<?> type, InvocationHandler handler) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      case "toString" -> "proxy of " + proxy.getClass().getInterfaces()[0].getSimpleName();
      default -> throw new UnsupportedOperationException(method.getName());
    };
  }

  static Object call(Object target, String name, Object... args) throws Exception {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == args.length) {
          m.setAccessible(true);
          return m.invoke(target, args);
        }
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }

  static Object staticCall(Class<?> type, String name, Object... args) throws Exception {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length
          && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        return m.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }
}
