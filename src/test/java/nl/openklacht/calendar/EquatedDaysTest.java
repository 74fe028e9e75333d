package nl.openklacht.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EquatedDaysTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedFileIsReadInFullAndInOrder() {
        assertThat(TestCalendars.shippedEquatedDays())
                .hasSize(18)
                .isSorted()
                .startsWith(parse("2017-04-28"))
                .endsWith(parse("2028-05-26"));
    }

    @Test
    void blankLinesCommentsAndAnEmptyDecreeAreAccepted() {
        String text = """
                # equated days

                date,decree
                2026-01-02,Besluit gelijkgestelde dagen 2026-2028
                # the next one has no description

                2026-05-15,
                2027-05-07
                2028-04-28 , Besluit, with a comma
                """;
        assertThat(EquatedDays.read(csv(text)))
                .containsExactly(parse("2026-01-02"), parse("2026-05-15"), parse("2027-05-07"), parse("2028-04-28"));
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsIgnored() {
        assertThat(EquatedDays.read(csv("\uFEFFdate,decree\n2026-05-15,x\n"))).containsExactly(parse("2026-05-15"));
    }

    @Test
    void aFileWithOnlyTheHeaderHasNoEquatedDays() {
        assertThat(EquatedDays.read(csv("date,decree\n"))).isEmpty();
    }

    @Test
    void aMalformedLineIsRefusedWithAMessageNamingIt() {
        String text = "date,decree\n2026-01-02,ok\n\n15-05-2026,Besluit gelijkgestelde dagen 2026-2028\n";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EquatedDays.read(csv(text)))
                .withMessageContaining("line 4")
                .withMessageContaining("15-05-2026,Besluit gelijkgestelde dagen 2026-2028");
    }

    @Test
    void anImpossibleDateIsRefusedWithAMessageNamingTheLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EquatedDays.read(csv("date,decree\n2026-02-30,x\n")))
                .withMessageContaining("line 2")
                .withMessageContaining("2026-02-30");
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EquatedDays.read(csv("2026-05-15,x\n")))
                .withMessageContaining("line 1")
                .withMessageContaining("date,decree");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EquatedDays.read(csv("# nothing here\n")))
                .withMessageContaining("date,decree");
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EquatedDays.read(csv("date,decree\n2026-05-15,a\n2026-05-15,b\n")))
                .withMessageContaining("line 3")
                .withMessageContaining("twice");
    }
}
