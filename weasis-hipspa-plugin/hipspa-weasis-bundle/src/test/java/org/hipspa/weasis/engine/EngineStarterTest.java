package org.hipspa.weasis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The real PyTorch engine on the class path (the Felix test proves the same inside the bundle). */
class EngineStarterTest {

  @Test
  void theEngineStartsOnTheBackgroundThreadAndItsSelfCheckComputesTheKnownConvolution() throws Exception {
    AtomicReference<Thread> worker = new AtomicReference<>();
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "engine-test");
              worker.set(thread);
              return thread;
            });
    try {
      CompletableFuture<EngineReady> ready = EngineStarter.start(getClass().getClassLoader(), executor);
      EngineReady engine = ready.get(120, TimeUnit.SECONDS);

      assertThat(worker.get()).isNotSameAs(Thread.currentThread());
      assertThat(engine.engineName()).isEqualTo("PyTorch");
      assertThat(engine.version()).startsWith("2.7.1");
      assertThat(engine.selfCheckOutput()).containsExactly(2.5f, 4.5f, 6.5f, 8.5f);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aSelfCheckWithWrongNumbersIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineSelfCheck.verified(new float[] {2f, 4f, 6f, 8f}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("instead of [2.5, 4.5, 6.5, 8.5]");
  }
}
