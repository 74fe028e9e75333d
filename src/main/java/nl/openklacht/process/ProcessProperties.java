package nl.openklacht.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's own settings for watching the statutory clock: how many working days before the deadline in
 * force (Awb 9:11) the handler is reminded (default 5).
 */
@ConfigurationProperties("openklacht.process")
record ProcessProperties(@DefaultValue("5") int reminderWorkingDays) {

    ProcessProperties {
        if (reminderWorkingDays < 0) {
            throw new IllegalArgumentException("reminder-working-days must not be negative: " + reminderWorkingDays);
        }
    }
}
