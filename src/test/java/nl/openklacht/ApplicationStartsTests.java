package nl.openklacht;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnPostgresWithTheDemoOrganisation() {
        assertThat(jdbc.sql("select count(*) from department").query(Long.class).single())
                .isEqualTo(9);
        assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
    }
}
