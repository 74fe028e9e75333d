package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What the web framework refuses before any use case runs is answered in Dutch problem+json as well. */
class FrameworkRefusalTests extends ApiTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/submissions"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo")));

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("Formaat niet ondersteund").contains("application/json");
    }

    @Test
    void anUnknownAddressIsNotFoundInDutch() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(uri("/api/v1/bestaat-niet")).GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Dit adres bestaat niet");
    }

    @Test
    void anUnsupportedMethodIsRefusedInDutch() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(uri("/api/v1/submissions")).DELETE());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.body()).contains("Methode niet toegestaan");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString("coordinator:demo".getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void everyApiAnswerCarriesTheApiVersion() throws Exception {
        HttpResponse<String> refused =
                send(HttpRequest.newBuilder(uri("/api/v1/bestaat-niet")).GET());
        HttpResponse<String> answered =
                send(HttpRequest.newBuilder(uri("/api/v1/complaints")).GET());

        assertThat(refused.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(answered.headers().firstValue("API-Version")).hasValue("1.0.0");
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(uri("/api/v1/complaints")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("API-Version")).hasValue("1.0.0");
    }
}
