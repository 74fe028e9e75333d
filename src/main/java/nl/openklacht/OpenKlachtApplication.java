package nl.openklacht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OpenKlacht: complaint handling for a Dutch municipality under Awb chapter 9. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenKlachtApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenKlachtApplication.class, args);
    }
}
