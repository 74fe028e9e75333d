package nl.openklacht.api;

import static nl.openklacht.api.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.openklacht.api.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory clocks as the API shows them, for letters registered after they arrived (DOMAIN.md §4). */
class DeadlineTests extends ApiTestBase {

    @ParameterizedTest(name = "received {0}, committee {1}: due {2}")
    @CsvSource({
        "2025-03-21, false, 2025-05-02",
        "2025-03-22, false, 2025-05-06",
        "2026-03-24, false, 2026-05-06",
        "2026-02-20, false, 2026-04-07",
        "2026-04-02, false, 2026-05-18",
        "2026-11-13, false, 2026-12-28",
        "2002-01-08, true, 2002-03-19"
    })
    void aLetterRegisteredLaterIsDueOnTheWorkedExampleDeadline(LocalDate received, boolean committee, LocalDate due) {
        String reference = cases.registered(
                cases.aLetterReceivedOn(received), aRegistration().with("advisoryProcedure", committee));

        Answer registered = api.as(COORDINATOR).get(complaint(reference)).successful();

        assertThat(registered.text("/receiptDate")).isEqualTo(received.toString());
        assertThat(registered.text("/dueDate")).isEqualTo(due.toString());
        assertThat(registered.text("/currentDueDate")).isEqualTo(due.toString());
    }

    @Test
    void theReceiptDateIsTheDateInAmsterdamNotInUtc() {
        String reference = cases.aLetterReceivedOn(Instant.parse("2026-03-23T23:30:00Z"));
        cases.registered(reference, aRegistration());

        Answer registered = api.as(COORDINATOR).get(complaint(reference)).successful();

        assertThat(registered.text("/receivedAt")).isEqualTo("2026-03-23T23:30:00Z");
        assertThat(registered.text("/receiptDate")).isEqualTo("2026-03-24");
        assertThat(registered.text("/dueDate")).isEqualTo("2026-05-06");
    }

    @Test
    void theNoticeOfNotHandlingIsDueFourWeeksAfterReceiptRolledPastEaster() {
        String reference = cases.registered(cases.aLetterReceivedOn(LocalDate.parse("2025-03-22")), aRegistration());

        // 2025-04-19 is a Saturday, 20 April Easter Sunday, 21 April Tweede Paasdag.
        assertThat(api.as(COORDINATOR).get(complaint(reference)).text("/notHandledNoticeDue"))
                .isEqualTo("2025-04-22");
    }

    @Test
    void theOverdueWorkListHoldsAnOldRegisteredComplaintAndNotAFreshOne() {
        String old = cases.registered(cases.aLetterReceivedOn(LocalDate.parse("2025-03-22")), aRegistration());
        String fresh = cases.aRegisteredComplaint();

        Answer overdue = api.as(COORDINATOR)
                .get("/api/v1/complaints?overdue=true&size=200")
                .successful();
        Answer onTime = api.as(COORDINATOR)
                .get("/api/v1/complaints?overdue=false&status=REGISTERED&size=200")
                .successful();

        assertThat(overdue.references()).contains(old).doesNotContain(fresh);
        assertThat(overdue.json().at("/content"))
                .allSatisfy(line -> assertThat(line.at("/overdue").asBoolean()).isTrue());
        assertThat(onTime.references()).contains(fresh).doesNotContain(old);
        assertThat(api.as(COORDINATOR).get(complaint(old)).json().at("/overdue").asBoolean())
                .isTrue();
        assertThat(api.as(COORDINATOR)
                        .get(complaint(fresh))
                        .json()
                        .at("/overdue")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aDecidedComplaintIsNoLongerOverdue() {
        String reference = cases.registered(cases.aLetterReceivedOn(LocalDate.parse("2025-03-22")), aRegistration());
        cases.assigned(reference, HANDLER);
        Api.Caller handler = api.as(HANDLER);
        handler.post(action(reference, "involved-copy")).successful();
        handler.post(action(reference, "hearing-waiver"), body().with("reason", "NO_RESPONSE"))
                .successful();
        handler.post(action(reference, "hearings"), aHearingOf("INVOLVED_EMPLOYEE"))
                .successful();

        Answer decided =
                handler.post(action(reference, "decision"), aDecision()).successful();

        assertThat(decided.json().at("/overdue").asBoolean()).isFalse();
        assertThat(api.as(HANDLER)
                        .get("/api/v1/complaints?overdue=false&size=200")
                        .references())
                .contains(reference);
    }

    @Test
    void aHandlersWorkListShowsOnlyTheirOwnCases() {
        String mine = cases.anAssignedComplaint(HANDLER);
        String colleagues = cases.anAssignedComplaint(HANDLER2);

        Answer workList = api.as(HANDLER).get("/api/v1/complaints?size=200").successful();
        Answer askingForAColleague = api.as(HANDLER)
                .get("/api/v1/complaints?handler=handler2&size=200")
                .successful();

        assertThat(workList.references()).contains(mine).doesNotContain(colleagues);
        assertThat(workList.json().at("/content"))
                .allSatisfy(line -> assertThat(line.at("/handler").asString()).isEqualTo(HANDLER));
        assertThat(askingForAColleague.references()).doesNotContain(colleagues);
    }
}
