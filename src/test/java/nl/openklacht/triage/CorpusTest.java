package nl.openklacht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.openklacht.complaint.Kind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusTest {

    @Test
    void every_corpus_file_is_found_on_the_classpath() {
        List<String> files = Corpus.resources(Corpus.LOCATION).stream()
                .map(resource -> resource.getFilename())
                .toList();

        assertThat(files)
                .contains(
                        "complaint.jsonl",
                        "information-request.jsonl",
                        "report.jsonl",
                        "objection.jsonl",
                        "woo-request.jsonl",
                        "liability-claim.jsonl",
                        "other.jsonl");
    }

    @Test
    void every_line_has_a_valid_kind_and_complaints_a_valid_department() {
        for (LabeledText example : Corpus.load()) {
            assertThat(Kind.valueOf(example.kind())).as(example.text()).isNotNull();
            assertThat(example.text()).isNotBlank();
            if (example.isComplaint()) {
                assertThat(Department.isKnown(example.department()))
                        .as(example.text())
                        .isTrue();
            } else {
                assertThat(example.department()).isNull();
            }
        }
    }

    @Test
    void every_kind_has_at_least_100_examples_and_every_department_40_complaints() {
        List<LabeledText> corpus = Corpus.load();
        Map<String, Long> kinds =
                corpus.stream().collect(Collectors.groupingBy(LabeledText::kind, Collectors.counting()));
        Map<String, Long> departments = corpus.stream()
                .filter(LabeledText::isComplaint)
                .collect(Collectors.groupingBy(LabeledText::department, Collectors.counting()));

        for (Kind kind : Kind.values()) {
            assertThat(kinds.getOrDefault(kind.name(), 0L)).as(kind.name()).isGreaterThanOrEqualTo(100);
        }
        Arrays.stream(Department.values())
                .forEach(department -> assertThat(departments.getOrDefault(department.name(), 0L))
                        .as(department.name())
                        .isGreaterThanOrEqualTo(40));
    }

    @Test
    void a_malformed_line_is_reported_with_file_and_line_number() {
        String lines = "{\"kind\":\"REPORT\",\"text\":\"Lamp kapot\"}\n\n{\"kind\":\"REPORT\",\"text\":";

        assertThatThrownBy(() -> Corpus.parse("report.jsonl", new StringReader(lines)))
                .hasMessageContaining("report.jsonl:3")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void an_unknown_kind_or_a_complaint_without_department_is_rejected() {
        assertThatThrownBy(() -> Corpus.parse("x.jsonl", new StringReader("{\"kind\":\"PRAISE\",\"text\":\"Top\"}")))
                .hasMessageContaining("x.jsonl:1")
                .hasMessageContaining("PRAISE");
        assertThatThrownBy(
                        () -> Corpus.parse("x.jsonl", new StringReader("{\"kind\":\"COMPLAINT\",\"text\":\"Slecht\"}")))
                .hasMessageContaining("department");
    }
}
