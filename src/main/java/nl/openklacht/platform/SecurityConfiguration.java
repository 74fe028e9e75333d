package nl.openklacht.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff authenticate with HTTP Basic on the API (a form login for the web application comes with it). Only the web
 * form submission, the OpenAPI document and the health check are open; each action checks its role itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/submissions")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"OpenKlacht\"");
                    write(response, json, HttpStatus.UNAUTHORIZED, messages, "problem.unauthorized");
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        write(response, json, HttpStatus.FORBIDDEN, messages, "problem.forbidden")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie a foreign site could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void write(
            jakarta.servlet.http.HttpServletResponse response,
            JsonMapper json,
            HttpStatus status,
            MessageSource messages,
            String code)
            throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, DUTCH));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), DUTCH));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
