package org.hipspa.net;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns PyTorch's autograd off on the calling thread. PyTorch's grad mode is per thread and DJL
 * switches it off only on the thread that started the engine; inference on any other thread (the
 * UI's worker, a test's) would otherwise record a backward graph it never uses.
 */
public final class NoGrad {
  private NoGrad() {}

  public static void onThisThread() {
    Engine.getEngine("PyTorch"); // loads the native library on first use
    if (JniUtils.isGradMode()) {
      JniUtils.setGradMode(false);
    }
  }
}
