package nl.openklacht.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.openklacht.complaint.Kind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled messages the classifier learns from: every {@code triage/corpus/*.jsonl} on the
 * classpath, one JSON object per line.
 *
 * <p>Spring's pattern resolver is used only to list the files: a plain class loader cannot list a
 * folder inside a (nested) jar, and the corpus has to load from the packaged application too.
 */
final class Corpus {

    static final String LOCATION = "classpath*:triage/corpus/*.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {}

    /** Loads the whole corpus, in a stable order (by file name, then line) so training is repeatable. */
    static List<LabeledText> load() {
        return load(LOCATION);
    }

    static List<LabeledText> load(String locationPattern) {
        List<LabeledText> examples = new ArrayList<>();
        for (Resource resource : resources(locationPattern)) {
            String source = resource.getFilename() + " (" + describe(resource) + ")";
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                examples.addAll(parse(source, reader));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read triage corpus file " + source, e);
            }
        }
        return List.copyOf(examples);
    }

    static List<Resource> resources(String locationPattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            return Arrays.stream(found)
                    .sorted(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename()))
                            .thenComparing(Corpus::describe))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list triage corpus at " + locationPattern, e);
        }
    }

    /** Parses JSON Lines; blank lines are skipped, anything else that is not a valid example fails loudly. */
    static List<LabeledText> parse(String source, Reader reader) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                examples.add(parseLine(source, number, line));
            }
        }
        return examples;
    }

    private static LabeledText parseLine(String source, int number, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw malformed(source, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw malformed(source, number, "expected a JSON object");
        }
        String text = textField(node, "text");
        String kind = textField(node, "kind");
        String department = textField(node, "department");
        if (text == null || text.isBlank()) {
            throw malformed(source, number, "missing \"text\"");
        }
        if (kind == null
                || Arrays.stream(Kind.values()).noneMatch(known -> known.name().equals(kind))) {
            throw malformed(source, number, "unknown \"kind\": " + kind);
        }
        boolean complaint = Kind.COMPLAINT.name().equals(kind);
        if (complaint && (department == null || !Department.isKnown(department))) {
            throw malformed(source, number, "a complaint needs a known \"department\", got: " + department);
        }
        // A department on a non-complaint is ignored: it is not routed, so it must not teach the router.
        return new LabeledText(text, kind, complaint ? department : null);
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static IllegalStateException malformed(String source, int line, String problem) {
        return new IllegalStateException("Malformed triage corpus line " + source + ":" + line + ": " + problem);
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
