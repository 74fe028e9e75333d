package nl.openklacht.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Configuration of the statutory calendar.
 *
 * @param equatedDays the CSV with the days equated with a holiday by Royal Decree (Algemene termijnenwet art. 3 lid
 *     3), see {@link EquatedDays}; property {@code openklacht.calendar.equated-days}, by default the list shipped with
 *     the application. Point it at a file to add a new decree's dates without a release.
 */
@ConfigurationProperties("openklacht.calendar")
public record CalendarProperties(
        @DefaultValue("classpath:calendar/atw-equated-days.csv")
        Resource equatedDays) {}
