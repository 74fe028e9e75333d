package nl.openklacht.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.openklacht.calendar.StatutoryCalendar;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.ComplaintLifecycle;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.complaint.History;
import nl.openklacht.intake.Intake;
import nl.openklacht.platform.RuleViolation;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The process's clocks, with time moved by hand: the engine's clock and the application's move together, and the test
 * runs the timers that have come due (the async executor is off, so nothing fires behind its back).
 *
 * <p>Today is Monday 2 March 2026. A complaint received today is to be acknowledged by Monday 9 March (5 working
 * days) and decided by Monday 13 April (6 weeks, Awb 9:11); its reminder comes on Thursday 2 April, 5 working days
 * before, across Goede Vrijdag and Tweede Paasdag; the Awb 9:8 notice is due Monday 30 March.
 */
@SpringBootTest(properties = "flowable.async-executor-activate=false")
class DeadlineTimerTests {

    static final LocalDateTime TODAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    Intake intake;

    @Autowired
    ComplaintLifecycle lifecycle;

    @Autowired
    Complaints complaints;

    @Autowired
    History history;

    @Autowired
    UserDetailsService staff;

    @Autowired
    MovableClock clock;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService processHistory;

    @Autowired
    WorkQueue workQueue;

    ComplaintFixtures given;

    @BeforeEach
    void today() {
        moveTo(TODAY);
        given = new ComplaintFixtures(intake, lifecycle, staff, clock);
    }

    @AfterEach
    void backToRealTime() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void anUnacknowledgedComplaintEscalatesToTheCoordinatorTheDayAfterTheServiceNorm() {
        String reference = given.aRegisteredComplaint();
        assertThat(complaints.findByReference(reference).orElseThrow().acknowledgmentDue())
                .isEqualTo(LocalDate.of(2026, 3, 9));

        runTimersDueAt(LocalDateTime.of(2026, 3, 9, 23, 59), reference);
        assertThat(keysOf(reference)).contains("acknowledgment").doesNotContain("acknowledgmentEscalation");

        runTimersDueAt(LocalDateTime.of(2026, 3, 10, 0, 0), reference);
        assertThat(keysOf(reference)).contains("acknowledgmentEscalation").doesNotContain("acknowledgment");
        assertThat(task(reference, "acknowledgmentEscalation").candidateGroup()).isEqualTo("COORDINATOR");

        given.acknowledge(reference);
        assertThat(keysOf(reference)).doesNotContain("acknowledgmentEscalation");
    }

    @Test
    void anAcknowledgedComplaintDoesNotEscalate() {
        String reference = given.aRegisteredComplaint();
        given.acknowledge(reference);

        runTimersDueAt(LocalDateTime.of(2026, 3, 10, 0, 0), reference);

        assertThat(keysOf(reference)).doesNotContain("acknowledgment", "acknowledgmentEscalation");
    }

    @Test
    void theHandlerIsRemindedFiveWorkingDaysBeforeTheDeadline() {
        String reference = given.anAssignedComplaint();
        assertThat(deadlineOf(reference)).isEqualTo(LocalDate.of(2026, 4, 13));

        runTimersDueAt(LocalDateTime.of(2026, 4, 1, 23, 59), reference);
        assertThat(actionsOf(reference)).doesNotContain("DEADLINE_APPROACHING");

        runTimersDueAt(LocalDateTime.of(2026, 4, 2, 0, 0), reference);
        assertThat(actionsOf(reference)).containsOnlyOnce("DEADLINE_APPROACHING");
        assertThat(keysOf(reference)).doesNotContain("overdueEscalation");
    }

    @Test
    void anOverdueComplaintEscalatesToTheCoordinatorTheDayAfterTheDeadline() {
        String reference = given.anAssignedComplaint();

        runTimersDueAt(LocalDateTime.of(2026, 4, 13, 23, 59), reference);
        assertThat(keysOf(reference)).doesNotContain("overdueEscalation");
        assertThat(actionsOf(reference)).doesNotContain("OVERDUE");

        runTimersDueAt(LocalDateTime.of(2026, 4, 14, 0, 0), reference);
        OpenTask escalation = task(reference, "overdueEscalation");
        assertThat(escalation.name()).isEqualTo("Termijn verstreken: escaleren");
        assertThat(escalation.candidateGroup()).isEqualTo("COORDINATOR");
        assertThat(escalation.due()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(actionsOf(reference)).containsOnlyOnce("OVERDUE");
    }

    @Test
    void aDelayConsentedToAfterTheEscalationWasDealtWithIsWatchedAgain() {
        String reference = given.anAssignedComplaint();
        runTimersDueAt(LocalDateTime.of(2026, 4, 14, 8, 0), reference);
        OpenTask escalation = task(reference, "overdueEscalation");
        resolveAs("coordinator", escalation);

        given.consentToDelayUntil(reference, LocalDate.of(2026, 5, 20));
        runTimersDueAt(LocalDateTime.of(2026, 5, 20, 12, 0), reference);
        assertThat(keysOf(reference)).doesNotContain("overdueEscalation");

        runTimersDueAt(LocalDateTime.of(2026, 5, 21, 0, 0), reference);
        assertThat(keysOf(reference)).contains("overdueEscalation");
        assertThat(actionsOf(reference)).containsOnlyOnce("DEADLINE_APPROACHING");
    }

    @Test
    void theCoordinatorMarksAnOverdueEscalationAsDealtWithButNoOtherTask() {
        String reference = given.anAssignedComplaint();
        runTimersDueAt(LocalDateTime.of(2026, 4, 14, 8, 0), reference);
        OpenTask escalation = task(reference, "overdueEscalation");
        OpenTask informalContact = task(reference, "informalContact");

        assertThatThrownBy(() -> resolveAs("handler", escalation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resolveAs("coordinator", informalContact)).isInstanceOf(RuleViolation.class);
        resolveAs("coordinator", escalation);

        assertThat(keysOf(reference)).doesNotContain("overdueEscalation").contains("informalContact");
    }

    @Test
    void anExtensionReArmsTheTimersAtTheNewDeadline() {
        String reference = given.anAssignedComplaint();

        given.extendByFourWeeks(reference);
        assertThat(deadlineOf(reference)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(task(reference, "informalContact").due()).isEqualTo(LocalDate.of(2026, 5, 11));

        runTimersDueAt(LocalDateTime.of(2026, 4, 14, 0, 0), reference);
        assertThat(keysOf(reference)).doesNotContain("overdueEscalation");
        assertThat(actionsOf(reference)).doesNotContain("DEADLINE_APPROACHING", "OVERDUE");

        // 5 working days before Monday 11 May, 5 May being a holiday: Friday 1 May
        runTimersDueAt(LocalDateTime.of(2026, 5, 1, 0, 0), reference);
        assertThat(actionsOf(reference)).containsOnlyOnce("DEADLINE_APPROACHING");

        runTimersDueAt(LocalDateTime.of(2026, 5, 12, 0, 0), reference);
        assertThat(keysOf(reference)).contains("overdueEscalation");
    }

    @Test
    void aDecidedComplaintIsNotOverdueWhileItAwaitsClosure() {
        String reference = given.anAssignedComplaint();
        given.investigateAndDecide(reference, "handler");

        runTimersDueAt(LocalDateTime.of(2026, 4, 14, 0, 0), reference);

        assertThat(keysOf(reference)).contains("closure").doesNotContain("overdueEscalation");
        assertThat(actionsOf(reference)).doesNotContain("OVERDUE");
    }

    @Test
    void aLetterRegisteredAfterItsDeadlineIsEscalatedAtOnce() {
        String reference = given.aComplaintRegisteredOn(LocalDate.of(2026, 1, 12));
        assertThat(deadlineOf(reference)).isEqualTo(LocalDate.of(2026, 2, 23));

        runDueTimers(reference);

        assertThat(keysOf(reference)).contains("acknowledgmentEscalation", "overdueEscalation");
        assertThat(actionsOf(reference)).contains("OVERDUE").doesNotContain("DEADLINE_APPROACHING");
    }

    @Test
    void theNoticeOfNotHandlingEscalatesTheDayAfterItsTerm() {
        String reference = given.anAssignedComplaint();
        given.declineToHandle(reference);
        assertThat(complaints
                        .findByReference(reference)
                        .orElseThrow()
                        .deadlines()
                        .noticeDue())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(processOf(reference))
                        .count())
                .as("only the notice clock still runs")
                .isEqualTo(1);

        runTimersDueAt(LocalDateTime.of(2026, 3, 30, 23, 59), reference);
        assertThat(keysOf(reference)).containsExactly("notHandledNotice");

        runTimersDueAt(LocalDateTime.of(2026, 3, 31, 0, 0), reference);
        assertThat(keysOf(reference)).containsExactly("noticeEscalation");

        given.recordNotHandledNotice(reference);
        assertThat(processHistory
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .finished()
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("noticeSentLate");
    }

    /** Time moves to that moment in Amsterdam, and the complaint's timers due by then run. */
    private void runTimersDueAt(LocalDateTime amsterdam, String reference) {
        moveTo(amsterdam);
        runDueTimers(reference);
    }

    private void resolveAs(String username, OpenTask escalation) {
        given.as(username, () -> {
            workQueue.resolveEscalation(escalation.taskId());
            return null;
        });
    }

    /** Both clocks, the application's and the engine's, to the same moment in Amsterdam. */
    private void moveTo(LocalDateTime amsterdam) {
        Instant moment = amsterdam.atZone(StatutoryCalendar.AMSTERDAM).toInstant();
        clock.set(moment);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(moment));
    }

    /** Runs the complaint's timers that are due by the engine's clock, and any that come due by running them. */
    private void runDueTimers(String reference) {
        String process = processOf(reference);
        for (int round = 0; round < 10; round++) {
            List<Job> due = management
                    .createTimerJobQuery()
                    .processInstanceId(process)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(timer -> management.executeJob(
                    management.moveTimerToExecutableJob(timer.getId()).getId()));
        }
        throw new AssertionError("timers keep coming due for " + reference);
    }

    private String processOf(String reference) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
    }

    private LocalDate deadlineOf(String reference) {
        Complaint complaint = complaints.findByReference(reference).orElseThrow();
        return complaint.deadlines().current();
    }

    private List<String> actionsOf(String reference) {
        return history.of(reference).stream().map(History.Entry::what).toList();
    }

    private List<String> keysOf(String reference) {
        return given.as("coordinator", () -> workQueue.forComplaint(reference)).stream()
                .map(OpenTask::key)
                .toList();
    }

    private OpenTask task(String reference, String key) {
        return given.as("coordinator", () -> workQueue.forComplaint(reference)).stream()
                .filter(task -> task.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + key + " for " + reference));
    }

    /** The application's clock, moved by the test. */
    static class MovableClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void set(Instant moment) {
            now.set(moment);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
