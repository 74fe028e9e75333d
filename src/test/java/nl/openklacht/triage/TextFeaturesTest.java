package nl.openklacht.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextFeaturesTest {

    @Test
    void plural_and_singular_share_one_dutch_stem() {
        assertThat(names("klachten")).contains(TextFeatures.WORD + "klacht");
        assertThat(names("klacht")).contains(TextFeatures.WORD + "klacht");
        assertThat(names("containers")).containsAnyElementsOf(names("container"));
    }

    @Test
    void negations_and_question_words_survive_the_stop_list() {
        assertThat(TextFeatures.words("Waarom is de container niet geleegd, en wanneer komt er geen boete?"))
                .contains("waarom", "niet", "wanneer", "geen")
                .doesNotContain("de", "is", "en", "er");
    }

    @Test
    void accents_are_folded_and_case_ignored() {
        assertThat(TextFeatures.words("Crème BRÛLÉE, Paraplü")).containsExactly("creme", "brulee", "paraplu");
    }

    @Test
    void a_typo_keeps_most_character_ngrams_of_the_word() {
        Set<String> right = letters("bezwaarschrift");
        Set<String> typo = letters("bezwaarschirft");

        long shared = right.stream().filter(typo::contains).count();
        assertThat((double) shared / right.size()).isGreaterThan(0.5);
        assertThat(TextFeatures.letterGrams("kontainer")).contains("ain", "tain", "ntain");
    }

    @Test
    void adjacent_stems_form_word_pairs() {
        // Snowball stems "geen" to "gen"; the pair still says "no reply"
        assertThat(names("nog geen reactie")).contains(TextFeatures.PAIR + "gen_reactie");
    }

    @Test
    void legal_signals_are_detected() {
        assertThat(signals("Hierbij maak ik bezwaar tegen het besluit van 12 maart 2025, kenmerk Z-123."))
                .contains("bezwaar", "besluit of beschikking", "datum", "kenmerk of zaaknummer");
        assertThat(signals("Verzoek op grond van de Wet open overheid")).contains("Woo-verzoek");
        assertThat(signals("Graag openbaarmaking van stukken (WOB)")).contains("Woo-verzoek");
        assertThat(signals("De schade bedraagt € 450,- en ik stel u aansprakelijk"))
                .contains("schade", "geldbedrag", "aansprakelijk");
        assertThat(signals("het kostte 1.200 euro")).contains("geldbedrag");
        assertThat(signals("Wat is de status van KL-2025-000123?"))
                .contains("klachtnummer", "vraagteken", "begint met een vraag");
        assertThat(signals("De bus was vandaag op tijd")).isEmpty();
    }

    @Test
    void english_text_is_marked_and_still_has_features() {
        FeatureVector vector = TextFeatures.extract("I would like to object to the decision about my parking permit.");

        assertThat(names(vector)).contains(TextFeatures.SIGNAL + "Engelstalig", TextFeatures.SIGNAL + "bezwaar");
        assertThat(names(vector)).anyMatch(name -> name.startsWith(TextFeatures.LETTERS));
        assertThat(signals("Ik wil graag een afspraak maken")).doesNotContain("Engelstalig");
    }

    @Test
    void department_topics_are_recognised_in_dutch_and_english() {
        assertThat(names("De kliko is niet geleegd")).contains(TextFeatures.TOPIC + "afval");
        assertThat(names("the bin was not emptied")).contains(TextFeatures.TOPIC + "afval");
        assertThat(names("parkeervergunning aangevraagd"))
                .contains(TextFeatures.TOPIC + "parkeren")
                .doesNotContain(TextFeatures.TOPIC + "vergunningen");
    }

    @Test
    void every_feature_has_a_readable_reason_and_groups_have_unit_length() {
        FeatureVector vector = TextFeatures.extract("De container in de Dorpsstraat is weer niet geleegd!");

        for (String name : vector.names()) {
            assertThat(vector.reasons().get(name)).isNotEmpty();
        }
        String stem = TextFeatures.stems(List.of("container")).get(0);
        assertThat(vector.reasons().get(TextFeatures.WORD + stem)).containsExactly("woord \"container\"");
        double words = 0;
        for (int i = 0; i < vector.names().length; i++) {
            if (vector.names()[i].startsWith(TextFeatures.WORD)) {
                words += vector.values()[i] * vector.values()[i];
            }
        }
        assertThat(words).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void empty_text_has_no_features() {
        assertThat(TextFeatures.extract("").isEmpty()).isTrue();
        assertThat(TextFeatures.extract(null).isEmpty()).isTrue();
    }

    private static List<String> names(String text) {
        return names(TextFeatures.extract(text));
    }

    private static List<String> names(FeatureVector vector) {
        return Arrays.asList(vector.names());
    }

    private static Set<String> letters(String word) {
        return TextFeatures.letterGrams(word).stream().collect(Collectors.toSet());
    }

    private static List<String> signals(String text) {
        return TextFeatures.signals(text, TextFeatures.words(text));
    }
}
