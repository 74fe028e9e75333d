package nl.openklacht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run command's demo municipality: cases in every stage, walked through the real use cases. */
@SpringBootTest(properties = "openklacht.demo.cases=true")
class DemoCasesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoCases demoCases;

    @Test
    void theDemoMunicipalityHasCasesInEveryStage() {
        assertThat(jdbc.sql("select status from complaint").query(String.class).list())
                .contains("RECEIVED", "REGISTERED", "ASSIGNED", "INVESTIGATION", "CLOSED");
        assertThat(jdbc.sql("select count(*) from complaint where outcome = 'DECIDED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void seedingTwiceAddsNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from complaint").query(Long.class).single();

        demoCases.run(null);

        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single())
                .isEqualTo(before);
    }
}
