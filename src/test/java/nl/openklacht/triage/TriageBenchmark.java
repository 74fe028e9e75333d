package nl.openklacht.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures training time on the full corpus and the latency of single suggestions on
 * held-out texts, after warm-up. Run: {@code mvn -B -Ptriage-benchmark test-compile exec:java}.
 */
public final class TriageBenchmark {

    private static final int TRAINING_RUNS = 3;
    private static final int WARM_UP = 5_000;
    private static final int SUGGESTIONS = 20_000;

    // Tribuo logs every training run at INFO. Held in a field: JUL keeps loggers only weakly.
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    private TriageBenchmark() {}

    public static void main(String[] args) {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        List<LabeledText> corpus = Corpus.load();
        System.out.printf(
                Locale.ROOT,
                "corpus: %d messages, %d cores%n",
                corpus.size(),
                Runtime.getRuntime().availableProcessors());

        TriageModel.train(corpus, "warm-up");
        long[] trainingMillis = new long[TRAINING_RUNS];
        for (int run = 0; run < TRAINING_RUNS; run++) {
            long start = System.nanoTime();
            TriageModel.train(corpus, "benchmark");
            trainingMillis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(trainingMillis);
        System.out.printf(
                Locale.ROOT,
                "training on the full corpus: median %d ms (runs: %s)%n",
                trainingMillis[TRAINING_RUNS / 2],
                Arrays.toString(trainingMillis));

        StratifiedSplit split = StratifiedSplit.holdOut(corpus, 0.2, 42);
        TriageModel model = TriageModel.train(split.training(), "benchmark");
        List<String> texts = split.test().stream().map(LabeledText::text).toList();
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += model.suggest(texts.get(i % texts.size())).explanation().size();
        }
        long[] nanos = new long[SUGGESTIONS];
        long total = System.nanoTime();
        for (int i = 0; i < SUGGESTIONS; i++) {
            long start = System.nanoTime();
            sink += model.suggest(texts.get(i % texts.size())).explanation().size();
            nanos[i] = System.nanoTime() - start;
        }
        total = System.nanoTime() - total;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "suggest, %d calls on %d held-out texts: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms,"
                        + " %.0f/s single-threaded (checksum %d)%n",
                SUGGESTIONS,
                texts.size(),
                percentile(nanos, 0.50),
                percentile(nanos, 0.95),
                percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                SUGGESTIONS / (total / 1e9),
                sink);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
