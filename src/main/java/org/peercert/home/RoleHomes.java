package org.peercert.home;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.people.Roles;
import org.peercert.reviewer.ReviewerMessages;
import org.peercert.audit.AuditMessages;
import org.peercert.ce.CeMessages;
import org.peercert.certificate.CertificateMessages;
import org.peercert.exam.ExamMessages;
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

    public RoleHomes(AppMessages msg, ExamMessages exam, CeMessages ce, AuditMessages audit, CertificateMessages cert,
                     ReviewerMessages rev) {
        homes = Map.of(
                Roles.TRAINEE, new RoleHome(Roles.TRAINEE, msg.home_trainee_title(), msg.home_trainee_purpose(),
                        List.of(catalog(msg), oralExams(msg), new Action(ce.title(), ce.action_ce_description(), "/ce"),
                                new Action(cert.action_certificates_title(), cert.action_certificates_trainee_description(), "/certificates"),
                                new Action(msg.action_profile_title(), msg.action_profile_description(), "/trainee#profile"))),
                Roles.INSTRUCTOR, new RoleHome(Roles.INSTRUCTOR, msg.home_instructor_title(),
                        msg.home_instructor_purpose(), List.of(sessions(msg), exams(exam), oralCalendar(msg), progress(msg), catalog(msg))),
                Roles.REVIEWER, new RoleHome(Roles.REVIEWER, msg.home_reviewer_title(), msg.home_reviewer_purpose(),
                        List.of(reviewerSearch(rev), reviewerExports(rev), catalog(msg), progress(msg), exams(exam), oralSlots(msg),
                                new Action(cert.admin_certificates_title(), cert.action_certificates_reviewer_description(), "/admin/certificates"),
                                new Action(cert.verify_title(), cert.action_verify_description(), "/verify"),
                                new Action(ce.admin_title(), ce.action_ce_reviewer_description(), "/admin/ce"),
                                new Action(msg.action_role_grants_title(), msg.action_role_grants_description(), "/invitations"),
                                audit(audit))),
                Roles.ADMIN, new RoleHome(Roles.ADMIN, msg.home_admin_title(), msg.home_admin_purpose(),
                        List.of(new Action(msg.enrolments_title(), msg.action_enrolments_description(), "/admin/enrolments"),
                                sessions(msg), progress(msg), oralSlots(msg),
                                new Action(ce.admin_title(), ce.action_ce_admin_description(), "/admin/ce"),
                                new Action(msg.action_courses_title(), msg.action_courses_description(), "/admin/courses"),
                                new Action(msg.action_invite_title(), msg.action_invite_description(), "/invitations"),
                                new Action(cert.admin_certificates_title(), cert.action_certificates_admin_description(), "/admin/certificates"),
                                exams(exam), accommodations(exam), audit(audit), reviewerSearch(rev), reviewerExports(rev))));
    }

    // ---- The state reviewer's workspace (org.peercert.reviewer) --------------------------------

    private static Action reviewerSearch(ReviewerMessages rev) {
        return new Action(rev.search_title(), rev.action_search_description(), "/reviewer/search");
    }

    private static Action reviewerExports(ReviewerMessages rev) {
        return new Action(rev.exports_title(), rev.action_exports_description(), "/reviewer/exports");
    }

    // ---- Oral exams (org.peercert.oral) ----------------------------------------------------

    private static Action oralExams(AppMessages msg) {
        return new Action(msg.oral_title(), msg.action_oral_description(), "/oral");
    }

    private static Action oralCalendar(AppMessages msg) {
        return new Action(msg.oral_calendar_title(), msg.action_oral_calendar_description(), "/oral/calendar");
    }

    private static Action oralSlots(AppMessages msg) {
        return new Action(msg.oral_admin_title(), msg.action_oral_admin_description(), "/admin/oral");
    }

    private static Action sessions(AppMessages msg) {
        return new Action(msg.sessions_title(), msg.action_sessions_description(), "/sessions");
    }

    private static Action audit(AuditMessages audit) {
        return new Action(audit.title(), audit.action_audit_description(), "/audit");
    }

    private static Action progress(AppMessages msg) {
        return new Action(msg.progress_title(), msg.action_progress_description(), "/progress");
    }

    // ---- Written exams (org.peercert.exam) ----------------------------------------------------

    private static Action exams(ExamMessages exam) {
        return new Action(exam.exams_title(), exam.action_exams_description(), "/exams");
    }

    private static Action accommodations(ExamMessages exam) {
        return new Action(exam.accommodations_title(), exam.action_accommodations_description(), "/admin/accommodations");
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
