package nl.openklacht.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/** The API's self-description at /api/v1/openapi.json, and pages serialised as a stable DTO. */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class OpenApiConfiguration {

    @Bean
    OpenAPI openKlachtApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenKlacht API")
                        .version("v1")
                        .description("Klachtbehandeling volgens Awb hoofdstuk 9: ontvangst, triage, registratie,"
                                + " behandeling, oordeel en afsluiting."));
    }
}
