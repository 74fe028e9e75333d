package nl.openklacht.triage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns a message into features a linear model can weigh: Dutch word stems, pairs of adjacent
 * stems, character n-grams of each word and named {@link Signal signals}.
 *
 * <p>Stems make "klachten", "klacht" and "geklaagd" alike; the n-grams keep a misspelt
 * "kontainer" or "bezwaarschirft" close to the right word; the pairs catch "geen reactie" and
 * "maak bezwaar", which single words miss. Each group is scaled to unit length so a long letter
 * does not drown its own signals, and no group drowns the others. Thread-safe: the Lucene analyzer
 * keeps its token streams per thread.
 */
final class TextFeatures {

    static final String WORD = "woord:";
    static final String PAIR = "woordpaar:";
    static final String LETTERS = "letters:";
    static final String SIGNAL = "signaal:";
    static final String TOPIC = "onderwerp:";

    // Relative weight of each feature group, chosen by 5-fold cross-validation (TriageEvaluation).
    // Topics weigh most: they carry knowledge the small corpus lacks.
    private static final double WORD_WEIGHT = 1.0;
    private static final double PAIR_WEIGHT = 0.6;
    private static final double LETTERS_WEIGHT = 1.0;
    private static final double TOPIC_WEIGHT = 1.5;
    private static final double SIGNAL_WEIGHT = 1.0;

    /**
     * Lucene's Dutch stop list drops words that decide the kind of a message here: negations
     * ("niet", "geen" → a complaint), question words ("wanneer", "hoe" → a question), possessives
     * ("mijn klacht" → asking about one's own case) and "tegen" ("bezwaar tegen").
     */
    private static final Set<String> MEANINGFUL_WORDS = Set.of(
            "niet", "geen", "nooit", "niets", "waarom", "wanneer", "hoe", "wat", "wie", "waar", "welke", "mijn", "u",
            "uw", "kan", "kunnen", "moet", "wil", "zou", "tegen", "nog", "toch", "altijd", "zonder", "iemand");

    static final CharArraySet STOP_WORDS = stopWords();

    private static final Set<String> QUESTION_OPENERS = Set.of(
            "wat", "hoe", "waar", "wanneer", "waarom", "wie", "welke", "hoeveel", "kan", "kun", "kunt", "mag", "moet",
            "is", "zijn", "heb", "hebt", "heeft", "klopt", "wordt", "graag", "what", "how", "where", "when", "why",
            "who", "which", "can", "could", "may", "do", "does", "are");

    // Function words of English that do not double as Dutch words ("is", "was", "of" do).
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "my", "your", "you", "i", "please", "would", "could", "have", "has", "this", "that", "with",
            "for", "not", "it", "we", "they", "been", "there", "about", "what", "when", "how", "why", "to", "are",
            "from", "our", "can", "do", "does", "did", "will", "should", "which");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, stream);
        }
    };

    private TextFeatures() {}

    static FeatureVector extract(String text) {
        String input = text == null ? "" : text;
        List<String> words = words(input);
        List<String> stems = stems(words);

        Map<String, Double> wordFeatures = new TreeMap<>();
        Map<String, Double> pairFeatures = new TreeMap<>();
        Map<String, Double> letterFeatures = new TreeMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();

        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String because = "woord \"" + word + "\"";
            wordFeatures.put(WORD + stems.get(i), 1.0);
            addReason(reasons, WORD + stems.get(i), because);
            if (i > 0) {
                String pair = PAIR + stems.get(i - 1) + "_" + stems.get(i);
                pairFeatures.put(pair, 1.0);
                addReason(reasons, pair, "woorden \"" + words.get(i - 1) + " " + word + "\"");
            }
            for (String gram : letterGrams(word)) {
                letterFeatures.merge(LETTERS + gram, 1.0, Double::sum);
                addReason(reasons, LETTERS + gram, because);
            }
        }

        Map<String, Double> all = new TreeMap<>();
        putScaled(all, wordFeatures, WORD_WEIGHT);
        putScaled(all, pairFeatures, PAIR_WEIGHT);
        putScaled(all, letterFeatures, LETTERS_WEIGHT);
        for (String signal : signals(input, words)) {
            all.put(SIGNAL + signal, SIGNAL_WEIGHT);
            addReason(reasons, SIGNAL + signal, "signaal: " + signal);
        }
        for (Topic topic : Topic.foundInText(Signal.fold(input))) {
            all.put(TOPIC + topic.label(), TOPIC_WEIGHT);
            addReason(reasons, TOPIC + topic.label(), "onderwerp: " + topic.label());
        }

        String[] names = all.keySet().toArray(String[]::new);
        double[] values = all.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new FeatureVector(names, values, reasons);
    }

    /** Lower-cased, accent-folded words without stop words and bare numbers. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.chars().anyMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a StringReader
        }
        return words;
    }

    /** The Snowball Dutch stems, as Lucene's DutchAnalyzer computes them. */
    static List<String> stems(List<String> words) {
        DutchStemmer stemmer = new DutchStemmer(); // not thread-safe, and cheap: one per text
        List<String> stems = new ArrayList<>(words.size());
        for (String word : words) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stems.add(stemmer.getCurrent());
        }
        return stems;
    }

    /** Character 3- to 5-grams of a word with boundary marks, so "_bez" (word start) differs from "bez". */
    static List<String> letterGrams(String word) {
        List<String> grams = new ArrayList<>();
        if (word.length() < 3) {
            return grams;
        }
        String marked = "_" + word + "_";
        for (int n = 3; n <= 5; n++) {
            for (int start = 0; start + n <= marked.length(); start++) {
                grams.add(marked.substring(start, start + n));
            }
        }
        return grams;
    }

    static List<String> signals(String text, List<String> words) {
        String folded = Signal.fold(text);
        List<String> found = new ArrayList<>();
        for (Signal signal : Signal.foundInText(folded)) {
            found.add(signal.label());
        }
        String[] raw = folded.trim().split("[^\\p{L}]+");
        if (raw.length > 0 && QUESTION_OPENERS.contains(raw[0])) {
            found.add("begint met een vraag");
        }
        long english =
                java.util.Arrays.stream(raw).filter(ENGLISH_WORDS::contains).count();
        if (english >= 2 && english * 5 >= raw.length) {
            found.add("Engelstalig");
        }
        return found;
    }

    private static void putScaled(Map<String, Double> target, Map<String, Double> group, double weight) {
        double norm = Math.sqrt(group.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            group.forEach((name, value) -> target.put(name, weight * value / norm));
        }
    }

    private static void addReason(Map<String, List<String>> reasons, String feature, String reason) {
        List<String> list = reasons.computeIfAbsent(feature, f -> new ArrayList<>(1));
        if (!list.contains(reason)) {
            list.add(reason);
        }
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(DutchAnalyzer.getDefaultStopSet().size(), true);
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            String w = new String((char[]) word);
            if (!MEANINGFUL_WORDS.contains(w)) {
                stop.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(stop);
    }
}
