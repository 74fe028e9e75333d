package nl.openklacht.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.openklacht.complaint.Kind;

/**
 * Measures the triage classifier on the corpus: a stratified 80/20 hold-out, k-fold
 * cross-validation, the not-sure rate per threshold and, when the test resources are on the class
 * path, the hand-written messages of {@code triage/unseen.jsonl} that are never trained on.
 *
 * <p>Run: {@code mvn -B -Ptriage-evaluation test-compile exec:java}. Options: {@code --seed N},
 * {@code --folds N}, {@code --test-fraction F}, {@code --epochs N}, {@code --learning-rate F},
 * {@code --optimiser adagrad|adagrad-averaged}, {@code --verbose} (prints every wrong held-out message).
 */
public final class TriageEvaluation {

    static final String UNSEEN = "triage/unseen.jsonl";
    static final String HOLDOUT = "triage/holdout/realistic.jsonl";
    private static final List<String> KINDS =
            Arrays.stream(Kind.values()).map(Enum::name).toList();
    private static final List<String> DEPARTMENTS =
            Arrays.stream(Department.values()).map(Enum::name).toList();

    // Tribuo logs every training run at INFO. Held in a field: JUL keeps loggers only weakly.
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    private TriageEvaluation() {}

    public static void main(String[] args) {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> options = options(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
        double testFraction = Double.parseDouble(options.getOrDefault("test-fraction", "0.2"));
        LabelClassifier.Settings defaults = LabelClassifier.Settings.DEFAULT;
        LabelClassifier.Settings settings = new LabelClassifier.Settings(
                options.getOrDefault("optimiser", defaults.optimiser()),
                Integer.parseInt(options.getOrDefault("epochs", String.valueOf(defaults.epochs()))),
                Double.parseDouble(options.getOrDefault("learning-rate", String.valueOf(defaults.learningRate()))),
                defaults.seed());
        boolean verbose = options.containsKey("verbose");

        List<LabeledText> corpus = Corpus.load();
        System.out.printf(Locale.ROOT, "Corpus: %d messages%n", corpus.size());
        print(count(corpus, LabeledText::kind));
        print(count(corpus.stream().filter(LabeledText::isComplaint).toList(), LabeledText::department));
        System.out.println("Settings: " + settings);

        System.out.printf(Locale.ROOT, "%n=== Hold-out: %.0f%% test, seed %d ===%n", testFraction * 100, seed);
        StratifiedSplit split = StratifiedSplit.holdOut(corpus, testFraction, seed);
        long start = System.nanoTime();
        TriageModel model = TriageModel.train(split.training(), "evaluation", settings);
        System.out.printf(
                Locale.ROOT,
                "training on %d messages took %d ms%n",
                split.training().size(),
                (System.nanoTime() - start) / 1_000_000);
        Result heldOut = evaluate(model, split.test(), verbose);
        System.out.println("--- kinds ---");
        System.out.print(heldOut.kinds().report());
        System.out.println("--- departments of held-out complaints (department model alone) ---");
        System.out.print(heldOut.departments().report());
        printThresholds(model, split.test());

        System.out.printf(Locale.ROOT, "%n=== %d-fold cross-validation, seed %d ===%n", folds, seed);
        double[] kindAccuracy = new double[folds];
        double[] departmentAccuracy = new double[folds];
        List<StratifiedSplit> parts = StratifiedSplit.folds(corpus, folds, seed);
        for (int i = 0; i < folds; i++) {
            TriageModel foldModel = TriageModel.train(parts.get(i).training(), "fold-" + i, settings);
            Result result = evaluate(foldModel, parts.get(i).test(), false);
            kindAccuracy[i] = result.kinds().accuracy();
            departmentAccuracy[i] = result.departments().accuracy();
            System.out.printf(
                    Locale.ROOT, "fold %d: kinds %.3f, departments %.3f%n", i, kindAccuracy[i], departmentAccuracy[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "mean: kinds %s, departments %s%n",
                meanAndSd(kindAccuracy),
                meanAndSd(departmentAccuracy));

        TriageModel full = TriageModel.train(corpus, "evaluation-full", settings);
        for (String resource : List.of(UNSEEN, HOLDOUT)) {
            List<LabeledText> messages = heldOut(resource);
            if (messages.isEmpty()) {
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n=== %s (%d messages, never trained on), model on the full corpus ===%n",
                    resource,
                    messages.size());
            Result result = evaluate(full, messages, true);
            System.out.print(result.kinds().report());
            System.out.println("--- departments ---");
            System.out.print(result.departments().report());
            printThresholds(full, messages);
        }
    }

    record Result(Scorecard kinds, Scorecard departments) {}

    static Result evaluate(TriageModel model, List<LabeledText> examples, boolean printMistakes) {
        Scorecard kinds = new Scorecard(KINDS);
        Scorecard departments = new Scorecard(DEPARTMENTS);
        for (LabeledText example : examples) {
            Suggestion suggestion = model.suggest(example.text());
            String kind = suggestion.likelyKind() == null ? Kind.OTHER.name() : suggestion.likelyKind();
            kinds.add(example.kind(), kind);
            if (printMistakes && !kind.equals(example.kind())) {
                System.out.printf(
                        Locale.ROOT,
                        "  wrong kind: %s as %s (%.2f) %s: %s%n",
                        example.kind(),
                        kind,
                        suggestion.confidence(),
                        suggestion.explanation(),
                        example.text());
            }
            if (example.isComplaint()) {
                String department = model.likelyDepartment(example.text());
                departments.add(example.department(), department);
                if (printMistakes && !department.equals(example.department())) {
                    System.out.printf(
                            Locale.ROOT,
                            "  wrong department: %s as %s: %s%n",
                            example.department(),
                            department,
                            example.text());
                }
            }
        }
        return new Result(kinds, departments);
    }

    /** How many messages each threshold leaves to the coordinator, and how good the rest is. */
    static void printThresholds(TriageModel model, List<LabeledText> examples) {
        System.out.println("--- not sure vs. accuracy of the sure ones, kinds ---");
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            int sure = 0;
            int right = 0;
            int complaints = 0;
            int departmentSure = 0;
            int departmentRight = 0;
            for (LabeledText example : examples) {
                Suggestion suggestion =
                        model.suggest(example.text(), threshold, TriageModel.DEFAULT_DEPARTMENT_THRESHOLD);
                if (suggestion.isSure()) {
                    sure++;
                    if (suggestion.kind().equals(example.kind())) {
                        right++;
                    }
                }
                if (example.isComplaint() && Kind.COMPLAINT.name().equals(suggestion.kind())) {
                    complaints++;
                    if (suggestion.department() != null) {
                        departmentSure++;
                        if (suggestion.department().equals(example.department())) {
                            departmentRight++;
                        }
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "kind threshold %.2f%s: not sure %.1f%%, sure ones right %.3f (%d/%d);"
                            + " complaints routed %.1f%%, routed right %.3f%n",
                    threshold,
                    threshold == TriageModel.DEFAULT_KIND_THRESHOLD ? " (default)" : "",
                    100.0 * (examples.size() - sure) / examples.size(),
                    sure == 0 ? 0 : (double) right / sure,
                    right,
                    sure,
                    complaints == 0 ? 0 : 100.0 * departmentSure / complaints,
                    departmentSure == 0 ? 0 : (double) departmentRight / departmentSure);
        }
    }

    static List<LabeledText> unseen() {
        return heldOut(UNSEEN);
    }

    /** Messages on the test class path that the model is never trained on. */
    static List<LabeledText> heldOut(String resource) {
        InputStream stream = TriageEvaluation.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            return List.of();
        }
        try (InputStreamReader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return Corpus.parse(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> count(List<LabeledText> examples, Function<LabeledText, String> key) {
        return examples.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static void print(Map<String, Long> counts) {
        counts.forEach((label, n) -> System.out.printf(Locale.ROOT, "  %-20s %5d%n", label, n));
    }

    private static String meanAndSd(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double variance =
                Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1);
        return String.format(Locale.ROOT, "%.3f ± %.3f", mean, Math.sqrt(variance));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(name, hasValue ? args[++i] : "true");
            }
        }
        return options;
    }
}
