package nl.openklacht.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Provides the {@link StatutoryCalendar}, with the equated days read from {@link CalendarProperties#equatedDays()}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    StatutoryCalendar statutoryCalendar(CalendarProperties properties) {
        Resource resource = properties.equatedDays();
        try (InputStream csv = resource.getInputStream()) {
            return new StatutoryCalendar(EquatedDays.read(csv));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the equated days from " + resource.getDescription(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Invalid equated days in " + resource.getDescription() + ": " + e.getMessage(), e);
        }
    }
}
