package nl.openklacht.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The municipality's departments. */
@Component
public class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> all() {
        return jdbc.sql("select code, name from department order by name")
                .query(Department.class)
                .list();
    }

    public Optional<Department> byCode(String code) {
        return jdbc.sql("select code, name from department where code = ?")
                .param(code)
                .query(Department.class)
                .optional();
    }

    public boolean exists(String code) {
        return code != null && byCode(code).isPresent();
    }
}
