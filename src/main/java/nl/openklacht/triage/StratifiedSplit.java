package nl.openklacht.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits the corpus so every kind (and every complaint department) keeps its share in both parts;
 * with a fixed seed, so figures can be compared between runs.
 */
record StratifiedSplit(List<LabeledText> training, List<LabeledText> test) {

    static StratifiedSplit holdOut(List<LabeledText> examples, double testFraction, long seed) {
        List<LabeledText> training = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        for (List<LabeledText> stratum : strata(examples, seed)) {
            int testSize = (int) Math.round(stratum.size() * testFraction);
            test.addAll(stratum.subList(0, testSize));
            training.addAll(stratum.subList(testSize, stratum.size()));
        }
        return new StratifiedSplit(List.copyOf(training), List.copyOf(test));
    }

    /** k folds: fold i tests on every k-th example of each stratum and trains on the rest. */
    static List<StratifiedSplit> folds(List<LabeledText> examples, int k, long seed) {
        List<List<LabeledText>> tests = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            tests.add(new ArrayList<>());
        }
        int next = 0;
        for (List<LabeledText> stratum : strata(examples, seed)) {
            for (LabeledText example : stratum) {
                tests.get(next++ % k).add(example);
            }
        }
        List<StratifiedSplit> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<LabeledText> training = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    training.addAll(tests.get(j));
                }
            }
            folds.add(new StratifiedSplit(List.copyOf(training), List.copyOf(tests.get(i))));
        }
        return folds;
    }

    private static List<List<LabeledText>> strata(List<LabeledText> examples, long seed) {
        Map<String, List<LabeledText>> byStratum = new TreeMap<>();
        for (LabeledText example : examples) {
            String key = example.kind() + "/" + example.department();
            byStratum.computeIfAbsent(key, s -> new ArrayList<>()).add(example);
        }
        Random random = new Random(seed);
        List<List<LabeledText>> strata = new ArrayList<>();
        for (List<LabeledText> stratum : byStratum.values()) {
            Collections.shuffle(stratum, random);
            strata.add(stratum);
        }
        return strata;
    }
}
