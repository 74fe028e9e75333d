package nl.openklacht.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openklacht.complaint.Kind;

/**
 * The trained triage classifier: one model for the kind of every message and one, trained on
 * complaints only, for the department of a complaint. Immutable and thread-safe.
 */
final class TriageModel {

    /**
     * Below these probabilities the model says it is not sure. Calibrated on the 20% hold-out (see
     * TriageEvaluation): at 0.5 about 7% of messages are left to the coordinator and the kinds it
     * does suggest are right 91% of the time (0.6 would leave 17% for 94%); at 0.4 about 93% of
     * suggested complaints get a department, right 88% of the time.
     */
    static final double DEFAULT_KIND_THRESHOLD = 0.5;

    static final double DEFAULT_DEPARTMENT_THRESHOLD = 0.4;

    // A feature must occur in this many training texts: rarer ones only memorise single examples.
    private static final int MIN_DOCUMENT_FREQUENCY = 2;
    private static final int KIND_REASONS = 4;
    private static final int DEPARTMENT_REASONS = 2;

    private final LabelClassifier kinds;
    private final LabelClassifier departments;
    private final String version;
    private final int trainingSize;

    private TriageModel(LabelClassifier kinds, LabelClassifier departments, String version, int trainingSize) {
        this.kinds = kinds;
        this.departments = departments;
        this.version = version;
        this.trainingSize = trainingSize;
    }

    static TriageModel train(List<LabeledText> examples, String version) {
        return train(examples, version, LabelClassifier.Settings.DEFAULT);
    }

    static TriageModel train(List<LabeledText> examples, String version, LabelClassifier.Settings settings) {
        if (examples.stream().map(LabeledText::kind).distinct().count() < 2) {
            throw new IllegalArgumentException("Training needs examples of at least two kinds");
        }
        Map<LabeledText, FeatureVector> features = new HashMap<>();
        for (LabeledText example : examples) {
            features.put(example, TextFeatures.extract(example.text()));
        }
        Set<String> vocabulary = frequentFeatures(features.values());
        Map<LabeledText, FeatureVector> pruned = new HashMap<>();
        features.forEach((example, vector) -> pruned.put(example, restrict(vector, vocabulary)));

        LabelClassifier kinds = LabelClassifier.train(examples, pruned::get, LabeledText::kind, settings);
        List<LabeledText> complaints =
                examples.stream().filter(LabeledText::isComplaint).toList();
        LabelClassifier departments =
                complaints.stream().map(LabeledText::department).distinct().count() < 2
                        ? null
                        : LabelClassifier.train(complaints, pruned::get, LabeledText::department, settings);
        return new TriageModel(kinds, departments, version, examples.size());
    }

    Suggestion suggest(String text) {
        return suggest(text, DEFAULT_KIND_THRESHOLD, DEFAULT_DEPARTMENT_THRESHOLD);
    }

    Suggestion suggest(String text, double kindThreshold, double departmentThreshold) {
        FeatureVector vector = TextFeatures.extract(text == null ? "" : text);
        // Without a single known word the model would only echo the corpus proportions: not a judgement.
        if (!kinds.knowsAny(vector, TextFeatures.WORD)) {
            return new Suggestion(
                    null, 0.0, null, null, List.of("geen bekende woorden in de tekst"), version, null, null);
        }
        Map.Entry<String, Double> best = kinds.rank(vector).get(0);
        String likelyKind = best.getKey();
        boolean sure = best.getValue() >= kindThreshold;
        List<String> explanation = new ArrayList<>(kinds.reasons(vector, likelyKind, KIND_REASONS));

        String likelyDepartment = null;
        Double departmentConfidence = null;
        String department = null;
        if (Kind.COMPLAINT.name().equals(likelyKind) && departments != null) {
            Map.Entry<String, Double> bestDepartment = departments.rank(vector).get(0);
            likelyDepartment = bestDepartment.getKey();
            departmentConfidence = bestDepartment.getValue();
            if (sure && departmentConfidence >= departmentThreshold) {
                department = likelyDepartment;
            }
            for (String reason : departments.reasons(vector, likelyDepartment, DEPARTMENT_REASONS)) {
                explanation.add("afdeling: " + reason);
            }
        }
        if (explanation.isEmpty()) {
            explanation.add("geen woord woog duidelijk door");
        }
        return new Suggestion(
                sure ? likelyKind : null,
                best.getValue(),
                department,
                departmentConfidence,
                explanation,
                version,
                likelyKind,
                likelyDepartment);
    }

    /** The department model's best guess for a text, whatever its kind; for evaluating routing alone. */
    String likelyDepartment(String text) {
        FeatureVector vector = TextFeatures.extract(text == null ? "" : text);
        return departments == null ? null : departments.rank(vector).get(0).getKey();
    }

    String version() {
        return version;
    }

    int trainingSize() {
        return trainingSize;
    }

    private static Set<String> frequentFeatures(Iterable<FeatureVector> vectors) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (FeatureVector vector : vectors) {
            for (String name : vector.names()) {
                documentFrequency.merge(name, 1, Integer::sum);
            }
        }
        return documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static FeatureVector restrict(FeatureVector vector, Set<String> vocabulary) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < vector.names().length; i++) {
            if (vocabulary.contains(vector.names()[i])) {
                kept.add(i);
            }
        }
        String[] names = new String[kept.size()];
        double[] values = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            names[k] = vector.names()[kept.get(k)];
            values[k] = vector.values()[kept.get(k)];
        }
        return new FeatureVector(names, values, vector.reasons());
    }
}
