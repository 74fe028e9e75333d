package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.openklacht.api.Api.Answer;
import org.junit.jupiter.api.Test;

/** The API describes itself at /api/v1/openapi.json (Dutch API Design Rules), readable without signing in. */
class OpenApiDocumentTests extends ApiTestBase {

    @Test
    void theOpenApiDocumentIsServedWithoutLoginAndListsTheSubmissionEndpoint() {
        Answer document = api.anonymous().get("/api/v1/openapi.json").successful();

        assertThat(document.contentType()).startsWith("application/json");
        assertThat(document.text("/openapi")).startsWith("3.");
        assertThat(document.text("/info/title")).isEqualTo("OpenKlacht API");
        assertThat(document.json().at("/paths").has("/api/v1/submissions")).isTrue();
        assertThat(document.json().at("/paths/~1api~1v1~1submissions/post").isMissingNode())
                .isFalse();
    }
}
