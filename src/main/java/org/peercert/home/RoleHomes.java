package org.peercert.home;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.people.Roles;
import org.peercert.web.AppMessages;

import java.util.List;
import java.util.Map;

import static org.peercert.home.RoleHome.Action;

/**
 * The home of each role. A feature that gives a role something new to do adds its action here,
 * so the home pages and the API always list exactly what exists.
 */
@ApplicationScoped
public class RoleHomes {

    private final Map<String, RoleHome> homes;

    public RoleHomes(AppMessages msg) {
        homes = Map.of(
                Roles.TRAINEE, new RoleHome(Roles.TRAINEE, msg.home_trainee_title(), msg.home_trainee_purpose(),
                        List.of(catalog(msg), new Action(msg.action_profile_title(), msg.action_profile_description(),
                                "/trainee#profile"),
                                // Certificates (issue 7)
                                new Action(msg.action_certificates_title(), msg.action_certificates_trainee_description(),
                                        "/certificates"))),
                Roles.INSTRUCTOR, new RoleHome(Roles.INSTRUCTOR, msg.home_instructor_title(),
                        msg.home_instructor_purpose(), List.of(sessions(msg), catalog(msg))),
                Roles.REVIEWER, new RoleHome(Roles.REVIEWER, msg.home_reviewer_title(), msg.home_reviewer_purpose(),
                        List.of(catalog(msg), new Action(msg.action_role_grants_title(),
                                msg.action_role_grants_description(), "/invitations"),
                                // Certificates (issue 7)
                                new Action(msg.admin_certificates_title(), msg.action_certificates_reviewer_description(),
                                        "/admin/certificates"),
                                new Action(msg.verify_title(), msg.action_verify_description(), "/verify"))),
                Roles.ADMIN, new RoleHome(Roles.ADMIN, msg.home_admin_title(), msg.home_admin_purpose(),
                        List.of(new Action(msg.enrolments_title(), msg.action_enrolments_description(), "/admin/enrolments"),
                                sessions(msg),
                                new Action(msg.action_courses_title(), msg.action_courses_description(), "/admin/courses"),
                                new Action(msg.action_invite_title(), msg.action_invite_description(), "/invitations"),
                                // Certificates (issue 7)
                                new Action(msg.admin_certificates_title(), msg.action_certificates_admin_description(),
                                        "/admin/certificates"))));
    }

    private static Action sessions(AppMessages msg) {
        return new Action(msg.sessions_title(), msg.action_sessions_description(), "/sessions");
    }

    private static Action catalog(AppMessages msg) {
        return new Action(msg.catalog_title(), msg.action_catalog_description(), "/courses");
    }

    public RoleHome of(String role) {
        return homes.get(role);
    }

    public List<RoleHome> of(List<String> roles) {
        return roles.stream().map(homes::get).toList();
    }
}
