package nl.openklacht.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts right and wrong answers for one set of labels and prints them the way a reviewer reads them. */
final class Scorecard {

    private final List<String> labels;
    private final int[][] confusion; // [gold][predicted]
    private int total;
    private int correct;

    Scorecard(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.confusion = new int[labels.size()][labels.size()];
    }

    void add(String gold, String predicted) {
        int g = labels.indexOf(gold);
        int p = labels.indexOf(predicted);
        if (g < 0 || p < 0) {
            throw new IllegalArgumentException("Unknown label " + gold + " or " + predicted);
        }
        confusion[g][p]++;
        total++;
        if (g == p) {
            correct++;
        }
    }

    int total() {
        return total;
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    double precision(int label) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[label];
        }
        return predicted == 0 ? 0 : (double) confusion[label][label] / predicted;
    }

    double recall(int label) {
        int gold = 0;
        for (int count : confusion[label]) {
            gold += count;
        }
        return gold == 0 ? 0 : (double) confusion[label][label] / gold;
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "accuracy %.3f (%d/%d)%n", accuracy(), correct, total));
        out.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s%n", "class", "precision", "recall", "F1", "n"));
        for (int i = 0; i < labels.size(); i++) {
            double p = precision(i);
            double r = recall(i);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            int n = 0;
            for (int count : confusion[i]) {
                n += count;
            }
            out.append(String.format(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %7d%n", labels.get(i), p, r, f1, n));
        }
        out.append("confusion (rows = true class, columns = predicted):\n");
        List<String> abbreviations = new ArrayList<>();
        for (String label : labels) {
            abbreviations.add(label.length() > 6 ? label.substring(0, 6) : label);
        }
        out.append(String.format(Locale.ROOT, "%-20s", ""));
        abbreviations.forEach(a -> out.append(String.format(Locale.ROOT, " %6s", a)));
        out.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            out.append(String.format(Locale.ROOT, "%-20s", labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                out.append(String.format(Locale.ROOT, " %6d", confusion[i][j]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
