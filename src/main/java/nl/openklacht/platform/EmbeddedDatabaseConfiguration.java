package nl.openklacht.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the application when no {@code spring.datasource.url} is configured, so that
 * OpenKlacht runs on a fresh machine with nothing but a JDK. Its data stays under {@code ./data/postgres} between
 * runs; tests use a throw-away directory instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @ConfigurationProperties("openklacht.embedded-database")
    record EmbeddedDatabaseProperties(
            @DefaultValue("data/postgres") Path directory,
            @DefaultValue("false") boolean temporary,
            @DefaultValue("0") int port) {}

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.temporary()
                ? Files.createTempDirectory("openklacht-pg")
                : Files.createDirectories(properties.directory().toAbsolutePath());
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.temporary())
                .setPort(properties.port())
                .setServerConfig("max_connections", "200")
                // Spring stops it when the context closes, after everything that uses it.
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var pooled = new com.zaxxer.hikari.HikariDataSource();
        pooled.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pooled.setUsername("postgres");
        pooled.setMaximumPoolSize(20);
        return pooled;
    }
}
