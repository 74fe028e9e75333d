package nl.openklacht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running application as a caller sees it: JSON over HTTP, signed in with HTTP Basic or anonymous. */
final class Api {

    static final String DEMO_PASSWORD = "demo";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI base;

    Api(int port) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.base = URI.create("http://localhost:" + port);
    }

    /** A staff member signed in with the demo password. */
    Caller as(String username) {
        String credentials = username + ":" + DEMO_PASSWORD;
        return new Caller("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** A member of the public, not signed in. */
    Caller anonymous() {
        return new Caller(null);
    }

    final class Caller {

        private final String authorization;

        private Caller(String authorization) {
            this.authorization = authorization;
        }

        Answer get(String path) {
            return send(request(path).GET());
        }

        Answer post(String path, Object body) {
            return postJson(path, body == null ? "" : JSON.writeValueAsString(body));
        }

        /** A POST without a body, for actions that need none (e.g. closure). */
        Answer post(String path) {
            return send(request(path).POST(BodyPublishers.noBody()));
        }

        /** Exactly this text as the body, e.g. to send malformed JSON. */
        Answer postJson(String path, String json) {
            return send(json(request(path), "POST", BodyPublishers.ofString(json)));
        }

        Answer put(String path, Object body) {
            return send(json(request(path), "PUT", BodyPublishers.ofString(JSON.writeValueAsString(body))));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return builder.header("Accept", "application/json, application/problem+json");
        }

        private static HttpRequest.Builder json(HttpRequest.Builder builder, String method, BodyPublisher body) {
            return builder.header("Content-Type", "application/json").method(method, body);
        }

        private Answer send(HttpRequest.Builder request) {
            try {
                var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
                String contentType =
                        response.headers().firstValue("Content-Type").orElse("");
                String body = response.body();
                JsonNode json = body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
                String location = response.headers().firstValue("Location").orElse(null);
                return new Answer(response.statusCode(), contentType, location, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What came back: status, content type, Location header and the JSON body (a missing node if there was none). */
    record Answer(int status, String contentType, String location, JsonNode json) {

        /** The text at a JSON pointer, e.g. {@code text("/retention/result")}; null when absent or null. */
        String text(String pointer) {
            JsonNode node = json.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        /** The case's history as "WHAT by who" lines, oldest first. */
        java.util.List<String> history() {
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (JsonNode entry : json.at("/history")) {
                lines.add(
                        entry.at("/what").asString() + " by " + entry.at("/who").asString());
            }
            return lines;
        }

        /** The references listed in a work-list page. */
        java.util.List<String> references() {
            java.util.List<String> references = new java.util.ArrayList<>();
            for (JsonNode line : json.at("/content")) {
                references.add(line.at("/reference").asString());
            }
            return references;
        }

        /** Asserts a 2xx answer (showing the body when it is not) and returns it. */
        Answer successful() {
            assertThat(status).as("answer %s", this).isBetween(200, 299);
            return this;
        }

        /** Asserts a problem+json answer with this status and returns its detail. */
        String problem(int expectedStatus) {
            assertThat(status).as("answer %s", this).isEqualTo(expectedStatus);
            assertThat(contentType).as("content type of %s", this).startsWith("application/problem+json");
            assertThat(json.at("/status").asInt()).isEqualTo(expectedStatus);
            String detail = text("/detail");
            assertThat(detail).as("detail of %s", this).isNotBlank();
            return detail;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + json;
        }
    }
}
