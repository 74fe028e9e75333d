package nl.openklacht.triage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Legal and structural cues that a coordinator also looks for. They are named features, so the
 * model can weigh them and the explanation can cite them ("signaal: bezwaar"). Patterns are matched
 * on lower-cased, accent-folded text, and are bilingual where English messages use other words.
 */
enum Signal {
    BEZWAAR("bezwaar", "bezwa+r|\\bobjection|\\bobject to\\b|\\bappeal\\b|\\bin (hoger )?beroep\\b|beroepschrift"),
    WOO(
            "Woo-verzoek",
            "\\bwoo\\b|\\bwob\\b|openbaarmaking|openbaar (te )?maken|openbaar gemaakt"
                    + "|wet open overheid|wet openbaarheid|freedom of information|\\bfoia?\\b"),
    AANSPRAKELIJK("aansprakelijk", "aansprakelijk|\\bliab(le|ility)\\b|\\bhold (you|the municipality) responsible"),
    SCHADE("schade", "schade|beschadig|\\bdamage"),
    VERGOEDING("vergoeding", "vergoed|compensat|reimburs|terugbetal|\\bverhalen\\b"),
    BEDRAG("geldbedrag", "€ ?\\d|\\d[\\d.,]* ?(euro|eur)\\b|\\beur ?\\d"),
    BESLUIT("besluit of beschikking", "besluit|beschikking|\\bdecision\\b|\\baanslag\\b|\\bassessment\\b"),
    DATUM(
            "datum",
            "\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b"
                    + "|\\b\\d{1,2} (jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\\b"),
    KENMERK("kenmerk of zaaknummer", "kenmerk|zaaknummer|dossiernummer|referentie|\\breference\\b|\\bcase number"),
    KLACHTNUMMER("klachtnummer", "\\bkl-\\d{4}-\\d{3,}\\b"),
    WETSARTIKEL("wetsartikel", "\\bartikel \\d|\\bart\\. ?\\d|\\bawb\\b|algemene wet bestuursrecht|\\bwetboek\\b"),
    ONEENS("het niet eens", "niet eens met|\\boneens\\b|\\bonterecht|\\bdisagree|\\bunjust|\\bincorrect"),
    TERMIJN("termijn", "termijn|binnen (zes|6|vier|4|acht|8|twee|2) weken|\\bdeadline\\b"),
    LINK("link of e-mailadres", "https?://|\\bwww\\.|[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"),
    VRAAGTEKEN("vraagteken", "\\?"),
    UITROEPTEKEN("uitroepteken", "!");

    private final String label;
    private final Pattern pattern;

    Signal(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    /** Readable name, used in feature names and explanations. */
    String label() {
        return label;
    }

    boolean foundIn(String foldedText) {
        return pattern.matcher(foldedText).find();
    }

    static List<Signal> foundInText(String foldedText) {
        return java.util.Arrays.stream(values())
                .filter(signal -> signal.foundIn(foldedText))
                .toList();
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
