package nl.openklacht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The classifier in the running application: suggestions at receipt, decisions kept, retraining, routing. */
@SpringBootTest
@AutoConfigureMockMvc
class TriageLearningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActiveModel activeModel;

    @Autowired
    Retraining retraining;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReceivedSubmissionGetsItsSuggestionStoredAndShownInTheCase() throws Exception {
        String reference = submit("Mijn groene container is al drie weken niet geleegd en op mijn meldingen"
                + " reageert niemand. Dit is echt een schande.");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> mvc.perform(get("/api/v1/complaints/" + reference).with(httpBasic("coordinator", "demo")))
                                .andExpect(jsonPath("$.suggestion.kind").value("COMPLAINT"))
                                .andExpect(jsonPath("$.suggestion.department").value("AFVAL"))
                                .andExpect(jsonPath("$.suggestion.modelVersion").isNotEmpty())
                                .andExpect(jsonPath("$.suggestion.explanation").isNotEmpty()));
    }

    @Test
    void theSuggestionEndpointAnswersForAnyTextAndSaysWhenItIsNotSure() throws Exception {
        mvc.perform(post("/api/v1/triage/suggestions")
                        .with(httpBasic("handler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Ik maak bezwaar tegen de WOZ-beschikking van 28 februari 2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("OBJECTION"))
                .andExpect(jsonPath("$.destination").value("Team bezwaar en beroep"))
                .andExpect(jsonPath("$.sure").value(true))
                .andExpect(jsonPath("$.confidence").isNumber());
        mvc.perform(post("/api/v1/triage/suggestions")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").doesNotExist())
                .andExpect(jsonPath("$.sure").value(false));
    }

    @Test
    void suggestionsAreForStaffOnly() throws Exception {
        mvc.perform(post("/api/v1/triage/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"hallo\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTriageDecisionIsStoredWithItsSuggestionAndTheAssignedDepartment() throws Exception {
        String reference = submit("De medewerker aan de telefoon was ontzettend onbeleefd en hing gewoon op.");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select suggestion_model_version from complaint where reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .isPresent());

        triage(reference, "{\"kind\":\"COMPLAINT\",\"reason\":\"bejegening\",\"department\":\"KLANTCONTACT\"}");
        mvc.perform(post("/api/v1/complaints/" + reference + "/registration")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formalRequirements\":{\"written\":true,\"aboutConductTowardsComplainant\":true,"
                                + "\"signed\":true,\"nameAndAddressStated\":true,\"dated\":true,"
                                + "\"conductDescribed\":true},\"administrativeBody\":\"MAYOR_AND_ALDERMEN\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/complaints/" + reference + "/assignment")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"BURGERZAKEN\",\"handler\":\"handler\"}"))
                .andExpect(status().isOk());

        var decision = jdbc.sql("select suggested_kind, model_version, decided_kind, decided_department, decided_by"
                        + " from triage_decision where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(decision.get("model_version")).isNotNull();
        assertThat(decision.get("decided_kind")).isEqualTo("COMPLAINT");
        assertThat(decision.get("decided_department")).isEqualTo("BURGERZAKEN");
        assertThat(decision.get("decided_by")).isEqualTo("coordinator");
    }

    @Test
    void aRetrainLearnsFromTheDecisionsAndOnlyAnAdminMayAskForIt() throws Exception {
        String reference = submit("Wij bieden uw gemeente graag onze nieuwe parkeerapp aan, vraag een demo aan!");
        triage(reference, "{\"kind\":\"OTHER\",\"reason\":\"verkoop\"}");
        String before = json.readTree(mvc.perform(get("/api/v1/triage/model").with(httpBasic("admin", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("modelVersion")
                .asString();

        mvc.perform(post("/api/v1/triage/model/retraining").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isForbidden());
        String after = json.readTree(
                        mvc.perform(post("/api/v1/triage/model/retraining").with(httpBasic("admin", "demo")))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.decisionsStored").isNumber())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("modelVersion")
                .asString();

        assertThat(after).isNotEqualTo(before);
        assertThat(jdbc.sql("select decisions_used from triage_model where version = ? order by trained_at desc")
                        .param(after)
                        .query(Integer.class)
                        .list()
                        .get(0))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anInstanceCatchesUpWhenAnotherTrainedOnOtherData() {
        String before = activeModel.get().version();
        retraining.followOtherInstances();
        assertThat(syncTrainings()).as("nothing to catch up with").isZero();

        jdbc.sql("insert into triage_model (version, trained_at, corpus_size, decisions_used, trigger,"
                        + " training_millis) values ('tm-elsewhere', now() + interval '1 minute', 0, 0, 'ADMIN', 0)")
                .update();
        retraining.followOtherInstances();

        assertThat(syncTrainings()).isEqualTo(1);
        assertThat(activeModel.get().version()).startsWith("tm-").isNotEqualTo("tm-elsewhere");
        assertThat(before).isNotNull();
        jdbc.sql("delete from triage_model where version = 'tm-elsewhere'").update();
    }

    private long syncTrainings() {
        return jdbc.sql("select count(*) from triage_model where trigger = 'SYNC'")
                .query(Long.class)
                .single();
    }

    @Test
    void routingRulesAreAppliedAtTriageAndMaintainedByAnAdmin() throws Exception {
        mvc.perform(put("/api/v1/triage/routing-rules/WOO_REQUEST")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destination\":\"Ergens\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/triage/routing-rules/WOO_REQUEST")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destination\":\"Team informatiebeheer (Woo)\",\"description\":\"sinds 2027\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/triage/routing-rules/COMPLAINT")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destination\":\"nergens\"}"))
                .andExpect(status().isUnprocessableContent());

        String reference = submit("Graag ontvang ik alle documenten over de herinrichting van het Marktplein.");
        triage(reference, "{\"kind\":\"WOO_REQUEST\",\"reason\":\"verzoek om documenten\"}")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("ROUTED"))
                .andExpect(jsonPath("$.routedTo").value("Team informatiebeheer (Woo)"));
    }

    private String submit(String text) throws Exception {
        String body = mvc.perform(post("/api/v1/submissions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("channel", "WEBFORM", "text", text))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("reference").asString();
    }

    private org.springframework.test.web.servlet.ResultActions triage(String reference, String body) throws Exception {
        return mvc.perform(post("/api/v1/complaints/" + reference + "/triage")
                        .with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
    }
}
