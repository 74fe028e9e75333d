package nl.openklacht.triage;

import java.util.List;
import java.util.Map;

/**
 * The features of one text: sorted names with their values, and for every feature the words or
 * signals of the text it came from, in the coordinator's terms ({@code woord "container"}).
 */
record FeatureVector(String[] names, double[] values, Map<String, List<String>> reasons) {

    boolean isEmpty() {
        return names.length == 0;
    }
}
