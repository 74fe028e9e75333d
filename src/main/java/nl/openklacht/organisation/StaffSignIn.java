package nl.openklacht.organisation;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets staff sign in with the credentials kept in the staff register; roles become ROLE_* authorities. */
@Component
class StaffSignIn implements UserDetailsService {

    private final Staff staff;

    StaffSignIn(Staff staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = staff.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = staff.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(member.username())
                .password(hash)
                .authorities(member.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())
                .build();
    }
}
