package nl.openklacht.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sure the classifier must be before it suggests (below that it leaves the decision to the coordinator), and
 * (retraining times are read by {@code Retraining} from {@code openklacht.triage.retrain-cron}).
 */
@ConfigurationProperties("openklacht.triage")
record TriageProperties(
        @DefaultValue("0.5") double kindThreshold,
        @DefaultValue("0.4") double departmentThreshold) {}
