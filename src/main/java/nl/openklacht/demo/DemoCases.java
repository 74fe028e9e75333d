package nl.openklacht.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.*;
import nl.openklacht.intake.Intake;
import nl.openklacht.triage.Triaging;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks demo submissions through the real use cases, as the demo coordinator and handler would, so that every
 * rule and event applies to them as to real cases.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = "openklacht.demo.cases", matchIfMissing = true)
@Order(10)
class DemoCases implements ApplicationRunner {

    private static final FormalRequirements ALL_MET = new FormalRequirements(true, true, true, true, true, true);
    private static final long LOCK = 0x0_4b4c_4445_4d4fL;

    private final Intake intake;
    private final Triaging triaging;
    private final ComplaintLifecycle lifecycle;
    private final Complaints complaints;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCases(
            Intake intake,
            Triaging triaging,
            ComplaintLifecycle lifecycle,
            Complaints complaints,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.intake = intake;
        this.triaging = triaging;
        this.lifecycle = lifecycle;
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // Several instances may start at once: one seeds, the others see the cases.
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Object.class)
                    .single();
            if (complaints.count() == 0) {
                try {
                    seed();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        });
    }

    private void seed() {
        as("coordinator", "COORDINATOR");
        receive(
                Channel.WEBFORM,
                0,
                "Container niet geleegd",
                "Voor de derde keer deze maand is onze groene container"
                        + " niet geleegd. Ik heb het twee keer gemeld maar er is nooit iemand op gereageerd.");

        String registered = receive(
                Channel.EMAIL,
                2,
                "Onvriendelijk behandeld aan de balie",
                "Gisteren werd ik aan"
                        + " de balie van burgerzaken door een medewerker uitgelachen toen ik vroeg naar mijn paspoort.",
                "Kees de Boer");
        complaint(registered, "BURGERZAKEN", false);

        String informal = receive(
                Channel.LETTER,
                10,
                "Geen antwoord op vragen over aanslag",
                "Ik heb drie keer"
                        + " gebeld over mijn aanslag rioolheffing en werd steeds beloofd dat ik teruggebeld zou worden.");
        complaint(informal, "BELASTINGEN", false);
        lifecycle.assign(informal, "BELASTINGEN", "handler");

        String investigated = receive(
                Channel.EMAIL,
                25,
                "Bejegening door handhaver",
                "De boa die mij aansprak"
                        + " op het parkeren van mijn fiets schreeuwde tegen mij en weigerde zijn naam te noemen.",
                "Boa P. Jansen");
        complaint(investigated, "HANDHAVING", false);
        lifecycle.assign(investigated, "HANDHAVING", "handler");

        String overdue = receive(
                Channel.LETTER,
                60,
                "Wmo-aanvraag blijft liggen",
                "Mijn moeder wacht al maanden"
                        + " op een reactie op haar aanvraag voor huishoudelijke hulp; niemand belt terug.");
        complaint(overdue, "SOCIAAL_DOMEIN", false);
        lifecycle.assign(overdue, "SOCIAAL_DOMEIN", "handler2");

        String report = receive(
                Channel.WEBFORM,
                1,
                "Lantaarnpaal kapot",
                "De lantaarnpaal voor Dorpsstraat 12 is" + " al een week kapot.");
        triaging.decide(report, new Triaging.Decision(Kind.REPORT, "eerste melding, geen klacht", null, false, null));

        String decided = receive(
                Channel.EMAIL,
                35,
                "Vergunningaanvraag kwijtgeraakt",
                "Mijn aanvraag voor een" + " dakkapel is kwijtgeraakt en ik moest alles opnieuw indienen.",
                "M. Visser");
        complaint(decided, "VERGUNNINGEN", false);
        lifecycle.assign(decided, "VERGUNNINGEN", "handler2");

        LocalDate today = StatutoryCalendar.today(clock);
        lifecycle.acknowledge(informal, today.minusDays(8));
        lifecycle.acknowledge(investigated, today.minusDays(22));
        lifecycle.acknowledge(decided, today.minusDays(33));

        as("handler", "HANDLER");
        lifecycle.recordInformalContact(informal, today.minusDays(3), "Klager gebeld; uitleg gegeven over de aanslag.");
        lifecycle.sendCopyToInvolved(investigated);
        lifecycle.recordHearing(
                investigated,
                new Hearing(
                        HearingParty.COMPLAINANT,
                        today.minusDays(2),
                        "Klager bevestigt dat de handhaver luid sprak; wil excuses."));
        lifecycle.extend(investigated, 2, "Betrokken medewerker is met verlof tot volgende week.");

        as("handler2", "HANDLER");
        lifecycle.sendCopyToInvolved(decided);
        lifecycle.recordHearing(decided, new Hearing(HearingParty.COMPLAINANT, today.minusDays(10), "Verslag klager."));
        lifecycle.recordHearing(
                decided,
                new Hearing(
                        HearingParty.INVOLVED_EMPLOYEE,
                        today.minusDays(9),
                        "De aanvraag is bij het scannen zoekgeraakt."));
        lifecycle.decide(
                decided,
                new Decision(
                        "De aanvraag is bij het scannen zoekgeraakt.",
                        Judgment.WELL_FOUNDED,
                        "De klacht is gegrond.",
                        "Scanproces aangepast; leges worden niet opnieuw geheven.",
                        null));
        lifecycle.close(decided);
    }

    private String receive(Channel channel, int daysAgo, String subject, String text, String... involved) {
        Instant receivedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        Complainant complainant = new Complainant(
                "Demo Inwoner",
                "inwoner@example.nl",
                "06-12345678",
                new Address("Dorpsstraat", "12", "1234 AB", "Ons Dorp"));
        return intake.receive(
                        new Submission(channel, receivedAt, complainant, subject, text, null, List.of(involved), null))
                .reference();
    }

    private void complaint(String reference, String department, boolean committee) {
        triaging.decide(
                reference, new Triaging.Decision(Kind.COMPLAINT, "gaat over gedrag", department, committee, null));
        lifecycle.register(
                reference,
                new Registration(ALL_MET, AdministrativeBody.MAYOR_AND_ALDERMEN, false, committee, department, null));
    }

    private static void as(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
