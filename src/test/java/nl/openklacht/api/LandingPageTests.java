package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Whoever opens http://localhost:8080 finds a Dutch page that leads to the API description. */
class LandingPageTests extends ApiTestBase {

    @Test
    void theRootShowsADutchPageThatLinksTheApiDescription() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\">").contains("href=\"/api/v1/openapi.json\"");
    }
}
