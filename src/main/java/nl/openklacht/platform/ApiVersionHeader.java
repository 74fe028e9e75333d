package nl.openklacht.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Dutch API Design Rules (API-57): every API answer, refusals of sign-in included, carries the full version of the API in an API-Version header. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeader extends OncePerRequestFilter {

    static final String VERSION = "1.0.0";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", VERSION);
        chain.doFilter(request, response);
    }
}
