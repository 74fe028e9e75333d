package nl.openklacht.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * One multinomial logistic regression (Tribuo's linear SGD with the log-multiclass loss) over
 * {@link TextFeatures}, plus what is needed to explain a single prediction from its weights.
 * Immutable after training, so safe for concurrent use.
 */
final class LabelClassifier {

    /**
     * Training settings, chosen by 5-fold cross-validation (TriageEvaluation). Regularisation comes
     * from stopping early (few epochs at a small AdaGrad rate), from dropping features seen in only
     * one text and from unit-length feature groups. Tribuo 4.3.2 offers no working explicit L2 for
     * this trainer: AdaGradRDA never advances the penalty counter of a weight matrix, and
     * Pegasos.copy() swaps its two arguments, so both train without (or with a broken) penalty.
     */
    record Settings(String optimiser, int epochs, double learningRate, long seed) {
        static final Settings DEFAULT = new Settings("adagrad", 5, 0.1, 20250612L);

        StochasticGradientOptimiser create() {
            return switch (optimiser) {
                case "adagrad" -> new AdaGrad(learningRate, 1e-6);
                case "adagrad-averaged" -> new ParameterAveraging(new AdaGrad(learningRate, 1e-6));
                default -> throw new IllegalArgumentException("Unknown optimiser " + optimiser);
            };
        }
    }

    private static final LabelFactory LABELS = new LabelFactory();

    private final LinearSGDModel model;
    private final ImmutableFeatureMap featureIds;
    private final ImmutableOutputInfo<Label> labelIds;
    private final double[][] weights; // [label][feature], read-only after construction

    private LabelClassifier(LinearSGDModel model) {
        this.model = model;
        this.featureIds = model.getFeatureIDMap();
        this.labelIds = model.getOutputIDInfo();
        DenseMatrix matrix = model.getWeightsCopy();
        if (matrix.getDimension1Size() != labelIds.size() || matrix.getDimension2Size() < featureIds.size()) {
            throw new IllegalStateException("Unexpected weight matrix shape " + matrix.getDimension1Size() + "x"
                    + matrix.getDimension2Size() + " for " + labelIds.size() + " labels");
        }
        this.weights = new double[matrix.getDimension1Size()][];
        for (int label = 0; label < weights.length; label++) {
            weights[label] = matrix.getRow(label).toArray();
        }
    }

    static <T> LabelClassifier train(
            List<T> examples, Function<T, FeatureVector> features, Function<T, String> label, Settings settings) {
        MutableDataset<Label> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("triage corpus", LABELS), LABELS);
        // Balanced example weights: complaints outnumber every other kind in the corpus, and without
        // this the model leans towards "complaint" whenever a message is unclear.
        Map<String, Long> perLabel = new HashMap<>();
        examples.forEach(example -> perLabel.merge(label.apply(example), 1L, Long::sum));
        for (T example : examples) {
            FeatureVector vector = features.apply(example);
            if (!vector.isEmpty()) {
                ArrayExample<Label> row =
                        new ArrayExample<>(new Label(label.apply(example)), vector.names(), vector.values());
                double balanced = (double) examples.size() / (perLabel.size() * perLabel.get(label.apply(example)));
                row.setWeight((float) balanced);
                dataset.add(row);
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(
                new LogMulticlass(), settings.create(), settings.epochs(), Integer.MAX_VALUE, 1, settings.seed());
        return new LabelClassifier(trainer.train(dataset));
    }

    /** Whether any feature of the text was seen in training; without one the model only knows its prior. */
    boolean knowsAny(FeatureVector vector, String prefix) {
        for (String name : vector.names()) {
            if (name.startsWith(prefix) && featureIds.getID(name) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Probabilities per label, best first. */
    List<Map.Entry<String, Double>> rank(FeatureVector vector) {
        Prediction<Label> prediction =
                model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, vector.names(), vector.values()));
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        prediction.getOutputScores().forEach((name, score) -> ranked.add(Map.entry(name, score.getScore())));
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked;
    }

    /**
     * The reasons that pushed the text most towards {@code label}: per feature, its value times how
     * much more the label weighs it than the average label does, summed per word or signal.
     */
    List<String> reasons(FeatureVector vector, String label, int limit) {
        int labelId = labelIds.getID(new Label(label));
        if (labelId < 0) {
            return List.of();
        }
        Map<String, Double> byReason = new HashMap<>();
        for (int i = 0; i < vector.names().length; i++) {
            int featureId = featureIds.getID(vector.names()[i]);
            if (featureId < 0) {
                continue;
            }
            double mean = 0;
            for (double[] row : weights) {
                mean += row[featureId];
            }
            mean /= weights.length;
            double contribution = vector.values()[i] * (weights[labelId][featureId] - mean);
            List<String> reasons = vector.reasons().get(vector.names()[i]);
            for (String reason : reasons) {
                byReason.merge(reason, contribution / reasons.size(), Double::sum);
            }
        }
        return byReason.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
