package nl.openklacht.triage;

import java.util.List;
import java.util.Optional;
import nl.openklacht.complaint.Kind;
import nl.openklacht.platform.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The routing rules, kept in the database and maintained by an admin. */
@Component
public class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoutingRule> all() {
        return jdbc.sql("select kind, destination, description from routing_rule order by kind")
                .query(RoutingRule.class)
                .list();
    }

    public Optional<RoutingRule> forKind(Kind kind) {
        return jdbc.sql("select kind, destination, description from routing_rule where kind = ?")
                .param(kind.name())
                .query(RoutingRule.class)
                .optional();
    }

    public RoutingRule save(RoutingRule rule) {
        if (rule.kind() == Kind.COMPLAINT) {
            throw new InvalidValue("rule.routing.complaint");
        }
        jdbc.sql("insert into routing_rule (kind, destination, description) values (?, ?, ?)"
                        + " on conflict (kind) do update set destination = excluded.destination,"
                        + " description = excluded.description")
                .params(rule.kind().name(), rule.destination(), rule.description())
                .update();
        return rule;
    }
}
