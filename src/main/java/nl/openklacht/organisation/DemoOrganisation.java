package nl.openklacht.organisation;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo municipality: its departments and one staff member per role, all with the configured demo password.
 * Idempotent, so several instances may start at once against one database.
 */
@Component
@Profile("demo")
@Order(0)
class DemoOrganisation implements ApplicationRunner {

    @ConfigurationProperties("openklacht.demo")
    record DemoProperties(String password) {

        static final String WELL_KNOWN = "demo";

        /**
         * The well-known demo password is for the embedded database only: on a real database (one that others may
         * reach) demo staff need a password of the operator's choosing, or the demo profile must go.
         */
        void requireSafeFor(String datasourceUrl) {
            if (datasourceUrl != null && !datasourceUrl.isBlank() && WELL_KNOWN.equals(password)) {
                throw new IllegalStateException("The demo profile is active on the database " + datasourceUrl
                        + " with the well-known demo password. Set OPENKLACHT_DEMO_PASSWORD, or choose another"
                        + " profile with SPRING_PROFILES_ACTIVE.");
            }
        }
    }

    static final Map<String, String> DEPARTMENTS = Map.of(
            "BURGERZAKEN", "Burgerzaken",
            "BELASTINGEN", "Belastingen",
            "AFVAL", "Afval en reiniging",
            "OPENBARE_RUIMTE", "Openbare ruimte",
            "PARKEREN", "Parkeren",
            "VERGUNNINGEN", "Vergunningen",
            "SOCIAAL_DOMEIN", "Sociaal domein",
            "HANDHAVING", "Toezicht en handhaving",
            "KLANTCONTACT", "Klantcontactcentrum");

    private record DemoUser(String username, String displayName, String roles, boolean handlesAll) {}

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("coordinator", "Carla Coördinator", "COORDINATOR", false),
            new DemoUser("handler", "Hans Behandelaar", "HANDLER", true),
            new DemoUser("handler2", "Hanna de Vries", "HANDLER", true),
            new DemoUser("manager", "Marco Manager", "MANAGER", false),
            new DemoUser("admin", "Anna Beheerder", "ADMIN", false));

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final DemoProperties properties;

    DemoOrganisation(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            DemoProperties properties,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        properties.requireSafeFor(datasourceUrl);
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        log.warn("Demo profile: demo departments and staff (coordinator, handler, handler2, manager, admin) with the"
                + " demo password are present. Choose another profile (SPRING_PROFILES_ACTIVE) in production.");
        DEPARTMENTS.forEach((code, name) -> jdbc.sql(
                        "insert into department (code, name) values (?, ?) on conflict (code) do nothing")
                .params(code, name)
                .update());
        for (DemoUser user : USERS) {
            jdbc.sql("insert into staff_member (username, display_name, password_hash, roles) values (?, ?, ?, ?)"
                            + " on conflict (username) do nothing")
                    .params(user.username(), user.displayName(), passwords.encode(properties.password()), user.roles())
                    .update();
            if (user.handlesAll()) {
                DEPARTMENTS
                        .keySet()
                        .forEach(code -> jdbc.sql("insert into staff_member_department (username, department_code)"
                                        + " values (?, ?) on conflict do nothing")
                                .params(user.username(), code)
                                .update());
            }
        }
    }
}
