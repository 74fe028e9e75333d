package nl.openklacht.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The well-known demo password is for the embedded database only. */
class DemoPasswordTests {

    @Test
    void theDemoPasswordIsFineOnTheEmbeddedDatabase() {
        assertThatCode(() -> new DemoOrganisation.DemoProperties("demo").requireSafeFor(""))
                .doesNotThrowAnyException();
    }

    @Test
    void onARealDatabaseTheDemoPasswordStopsTheStart() {
        assertThatThrownBy(() -> new DemoOrganisation.DemoProperties("demo")
                        .requireSafeFor("jdbc:postgresql://db.gemeente.nl/klachten"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPENKLACHT_DEMO_PASSWORD");
    }

    @Test
    void onARealDatabaseAChosenPasswordIsAccepted() {
        assertThatCode(() -> new DemoOrganisation.DemoProperties("een-eigen-wachtwoord")
                        .requireSafeFor("jdbc:postgresql://db.gemeente.nl/klachten"))
                .doesNotThrowAnyException();
    }
}
