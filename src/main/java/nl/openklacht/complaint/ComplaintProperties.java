package nl.openklacht.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's own service norms around the law: the acknowledgment of Awb 9:6 has no statutory term, so the
 * municipality sets one (default 5 working days after receipt).
 */
@ConfigurationProperties("openklacht.complaint")
public record ComplaintProperties(@DefaultValue("5") int acknowledgmentWorkingDays) {}
