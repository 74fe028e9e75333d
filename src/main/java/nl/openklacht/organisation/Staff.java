package nl.openklacht.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff members who may sign in, with their roles and departments. */
@Component
public class Staff {

    private final JdbcClient jdbc;

    Staff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> byUsername(String username) {
        return jdbc.sql("select username, display_name, roles from staff_member where username = ? and enabled")
                .param(username)
                .query((row, index) -> new StaffMember(
                        row.getString("username"),
                        row.getString("display_name"),
                        roles(row.getString("roles")),
                        new HashSet<>(departmentsOf(row.getString("username")))))
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff_member where username = ? and enabled")
                .param(username)
                .query(String.class)
                .optional();
    }

    private List<String> departmentsOf(String username) {
        return jdbc.sql("select department_code from staff_member_department where username = ?")
                .param(username)
                .query(String.class)
                .list();
    }

    private static EnumSet<Role> roles(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(role -> !role.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
