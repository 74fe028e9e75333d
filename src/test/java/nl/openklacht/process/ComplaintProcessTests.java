package nl.openklacht.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import nl.openklacht.complaint.Complaint;
import nl.openklacht.complaint.ComplaintEvent;
import nl.openklacht.complaint.ComplaintLifecycle;
import nl.openklacht.complaint.Complaints;
import nl.openklacht.complaint.HearingParty;
import nl.openklacht.intake.Intake;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The process follows the complaint through its life, in the same transaction, and shows who has work waiting. */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintProcessTests {

    @Autowired
    Intake intake;

    @Autowired
    ComplaintLifecycle lifecycle;

    @Autowired
    Complaints complaints;

    @Autowired
    UserDetailsService staff;

    @Autowired
    Clock clock;

    @Autowired
    WorkQueue workQueue;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    FailingListener failingListener;

    @Autowired
    MockMvc mvc;

    ComplaintFixtures given;

    @BeforeEach
    void fixtures() {
        given = new ComplaintFixtures(intake, lifecycle, staff, clock);
        failingListener.failOnAcknowledgmentDueOf(null);
    }

    @Test
    void receiptStartsAProcessWithTheReferenceAsBusinessKeyAndATriageTaskForTheCoordinator() {
        String reference = given.aReceivedComplaint();

        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("complaintHandling")
                        .processInstanceBusinessKey(reference)
                        .count())
                .isEqualTo(1);
        assertThat(openTasks(reference)).singleElement().satisfies(task -> {
            assertThat(task.key()).isEqualTo("triage");
            assertThat(task.name()).isEqualTo("Aard van het bericht bepalen");
            assertThat(task.candidateGroup()).isEqualTo("COORDINATOR");
            assertThat(task.reference()).isEqualTo(reference);
        });
    }

    @Test
    void aMessageTriagedAsComplaintWaitsForRegistration() {
        String reference = given.aComplaintReadyForRegistration();

        assertThat(keysOf(reference)).containsExactly("registration");
    }

    @Test
    void aMessageThatIsNoComplaintEndsTheProcess() {
        String reference = given.aReceivedComplaint();

        given.triageAsReport(reference);

        assertThat(endOf(reference).getEndActivityId()).isEqualTo("handlingEnded");
    }

    @Test
    void registrationAsksForTheAcknowledgmentAndTheAssignment() {
        String reference = given.aRegisteredComplaint();

        assertThat(openTasks(reference))
                .extracting(OpenTask::key, OpenTask::candidateGroup)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("acknowledgment", "COORDINATOR"),
                        org.assertj.core.groups.Tuple.tuple("assignment", "COORDINATOR"));
        Complaint complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(task(reference, "acknowledgment").due()).isEqualTo(complaint.acknowledgmentDue());
    }

    @Test
    void assignmentGivesTheHandlerTheInformalContact() {
        String reference = given.anAssignedComplaint();

        OpenTask informalContact = task(reference, "informalContact");
        assertThat(informalContact.name()).isEqualTo("Informeel contact met klager");
        assertThat(informalContact.assignee()).isEqualTo("handler");
        assertThat(informalContact.candidateGroup()).isEqualTo("HANDLER");
        Complaint complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(informalContact.due()).isEqualTo(complaint.deadlines().current());
        assertThat(keysOf(reference)).doesNotContain("assignment");
    }

    @Test
    void theHandlersQueueHoldsTheirOwnWorkAndNotAColleagues() {
        String reference = given.anAssignedComplaint();

        assertThat(given.as("handler", workQueue::forCurrentUser))
                .anySatisfy(task -> assertThat(task.reference()).isEqualTo(reference));
        assertThat(given.as("handler2", workQueue::forCurrentUser))
                .noneSatisfy(task -> assertThat(task.reference()).isEqualTo(reference));
        assertThat(given.as("coordinator", workQueue::forCurrentUser))
                .filteredOn(task -> task.reference().equals(reference))
                .extracting(OpenTask::key)
                .containsExactly("acknowledgment");
    }

    @Test
    void reassignmentMovesTheHandlersTaskToTheNewHandler() {
        String reference = given.anAssignedComplaint();

        given.assignTo(reference, "handler2");

        assertThat(task(reference, "informalContact").assignee()).isEqualTo("handler2");
        assertThat(given.as("handler", workQueue::forCurrentUser))
                .noneSatisfy(task -> assertThat(task.reference()).isEqualTo(reference));
    }

    @Test
    void withdrawalEndsTheProcessAtAnyStage() {
        List<String> atEveryStage = List.of(
                given.aReceivedComplaint(),
                given.aComplaintReadyForRegistration(),
                given.aRegisteredComplaint(),
                given.anAssignedComplaint());

        atEveryStage.forEach(given::withdraw);

        assertThat(atEveryStage)
                .allSatisfy(reference ->
                        assertThat(endOf(reference).getEndActivityId()).isEqualTo("closed"));
    }

    @Test
    void anInformalResolutionEndsTheProcess() {
        String reference = given.anAssignedComplaint();

        given.resolveInformally(reference);

        assertThat(endOf(reference).getEndActivityId()).isEqualTo("closed");
    }

    @Test
    void aComplaintNotHandledLeavesTheNoticeForTheCoordinatorUntilItIsRecorded() {
        String reference = given.anAssignedComplaint();

        given.declineToHandle(reference);

        OpenTask notice = task(reference, "notHandledNotice");
        assertThat(notice.name()).isEqualTo("Kennisgeving niet-behandelen versturen (Awb 9:8)");
        assertThat(notice.candidateGroup()).isEqualTo("COORDINATOR");
        Complaint complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(notice.due()).isEqualTo(complaint.deadlines().noticeDue());
        assertThat(keysOf(reference)).containsExactly("notHandledNotice");

        given.recordNotHandledNotice(reference);

        assertThat(endOf(reference).getEndActivityId()).isEqualTo("noticeSent");
    }

    @Test
    void theFormalTrackLeadsThroughInvestigationAndDecisionToClosure() {
        String reference = given.anAssignedComplaint();

        given.sendCopyToInvolved(reference, "handler");
        assertThat(task(reference, "investigation").assignee()).isEqualTo("handler");

        given.investigateAndDecide(reference, "handler");
        assertThat(keysOf(reference)).contains("closure").doesNotContain("investigation", "decision");

        given.close(reference, "handler");
        assertThat(endOf(reference).getEndActivityId()).isEqualTo("closed");
    }

    @Test
    void theDecisionTaskAppearsOnlyOnceTheInvolvedPersonHasHadACopyAndBothAreHeard() {
        String reference = given.anAssignedComplaint();

        given.hear(reference, "handler", HearingParty.COMPLAINANT);
        assertThat(keysOf(reference)).contains("investigation").doesNotContain("informalContact", "decision");

        given.sendCopyToInvolved(reference, "handler");
        assertThat(keysOf(reference)).contains("investigation").doesNotContain("decision");

        given.hear(reference, "handler", HearingParty.INVOLVED_EMPLOYEE);
        assertThat(keysOf(reference)).contains("decision").doesNotContain("investigation");
    }

    @Test
    void onTheCommitteeTrackTheAdviceComesBetweenInvestigationAndDecision() {
        String reference = given.anAssignedCommitteeComplaint();

        given.hear(reference, "handler", HearingParty.COMPLAINANT);
        assertThat(keysOf(reference)).contains("advice").doesNotContain("decision");

        given.recordAdvice(reference, "handler");
        assertThat(keysOf(reference)).contains("decision").doesNotContain("advice");
    }

    @Test
    void anAdviceThatCameBeforeTheHearingsIsNotAskedForAgain() {
        String reference = given.anAssignedCommitteeComplaint();

        given.recordAdvice(reference, "handler");
        given.hear(reference, "handler", HearingParty.COMPLAINANT);

        assertThat(keysOf(reference)).contains("decision").doesNotContain("advice", "investigation");
    }

    @Test
    void aListenerThatFailsRollsBackTheComplaintAndTheProcessTogether() {
        String reference = given.aComplaintReadyForRegistration();
        failingListener.failOnAcknowledgmentDueOf(reference);

        assertThatThrownBy(() -> given.register(reference)).hasRootCauseInstanceOf(IllegalStateException.class);

        assertThat(complaints.findByReference(reference).orElseThrow().status())
                .isEqualTo(Complaint.Status.NATURE_DETERMINED);
        assertThat(keysOf(reference)).containsExactly("registration");
    }

    @Test
    void staffReadTheirQueueAndACasesTasksOverHttp() throws Exception {
        String reference = given.aReceivedComplaint();

        mvc.perform(get("/api/v1/tasks").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '%s')].key", reference).value("triage"));
        mvc.perform(get("/api/v1/complaints/{reference}/tasks", reference).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Aard van het bericht bepalen"))
                .andExpect(jsonPath("$[0].candidateGroup").value("COORDINATOR"));
        mvc.perform(get("/api/v1/complaints/{reference}/tasks", reference).with(httpBasic("handler", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/complaints/{reference}/tasks", "KL-1900-999999")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
    }

    private List<OpenTask> openTasks(String reference) {
        return given.as("coordinator", () -> workQueue.forComplaint(reference));
    }

    private List<String> keysOf(String reference) {
        return openTasks(reference).stream().map(OpenTask::key).toList();
    }

    private OpenTask task(String reference, String key) {
        return openTasks(reference).stream()
                .filter(task -> task.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + key + " for " + reference));
    }

    private HistoricProcessInstance endOf(String reference) {
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .count())
                .as("running processes of %s", reference)
                .isZero();
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .finished()
                .singleResult();
    }

    /** Fails on one complaint's event, after the process has already moved for an earlier event of the same save. */
    static class FailingListener {

        private volatile String reference;

        void failOnAcknowledgmentDueOf(String reference) {
            this.reference = reference;
        }

        @EventListener
        void on(ComplaintEvent.AcknowledgmentDue due) {
            if (due.reference().equals(reference)) {
                throw new IllegalStateException("a listener fails after the registration task was completed");
            }
        }
    }

    @TestConfiguration
    static class FailingListenerConfiguration {

        @Bean
        FailingListener failingListener() {
            return new FailingListener();
        }
    }
}
