package org.peercert.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every user-facing sentence, in one place. Templates read them as {@code {msg:key}}. */
@MessageBundle("msg")
public interface AppMessages {

    @Message("PeerCert")
    String app_name();

    @Message("Try again in a moment")
    String error_503_title();

    @Message("PeerCert could not store this just now: its database has run out of room. Nothing was saved, so nothing is half-done; try again later, and tell your training provider.")
    String error_storage_detail();

    @Message("Signing in is unavailable just now")
    String sign_in_unavailable_title();

    @Message("The identity server that checks passwords is not answering, so new sign-ins cannot go through. If you are already signed in, your pages keep working; anyone can still verify a certificate. Try again in a few minutes.")
    String sign_in_unavailable_detail();

    @Message("PeerCert cannot reach its database just now, usually for a few seconds while it restarts. Nothing you saved before is lost; try again in a moment.")
    String error_database_detail();

    @Message("PeerCert lost its database just as this change was being saved, so the save was not confirmed. Reload the page to see whether it is there before you try again.")
    String error_unconfirmed_detail();

    @Message("Training hours, exams and certificates for Kentucky peer support specialists.")
    String app_tagline();

    @Message("Skip to main content")
    String skip_link();

    @Message("Log in")
    String login();

    @Message("Log out")
    String logout();

    @Message("Home")
    String nav_home();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Trainee home")
    String home_trainee_title();

    @Message("Take your courses, track your training hours by competency, sit your written and oral exams, and download your certificates.")
    String home_trainee_purpose();

    @Message("Instructor home")
    String home_instructor_title();

    @Message("Run live sessions and take attendance, follow your rosters' progress, publish oral-exam slots and score oral exams.")
    String home_instructor_purpose();

    @Message("Reviewer home")
    String home_reviewer_title();

    @Message("Verify certificates and read the evidence behind them: hours, exams, scores and the audit log. Nothing here can be changed from this role.")
    String home_reviewer_purpose();

    @Message("Admin home")
    String home_admin_title();

    @Message("Enrol trainees, invite instructors and reviewers, correct records with a reason, and revoke certificates.")
    String home_admin_purpose();

    @Message("Your name on certificates")
    String action_profile_title();

    @Message("Check the legal name PeerCert will print on your certificates.")
    String action_profile_description();

    @Message("Staff invitations and role grants")
    String action_role_grants_title();

    @Message("Read who was invited to which role, by whom and when.")
    String action_role_grants_description();

    @Message("Invite staff")
    String action_invite_title();

    @Message("Create an account for an instructor, a state reviewer, another admin or a trainee you enrol yourself, with exactly one role.")
    String action_invite_description();

    @Message("Nothing more to do here yet.")
    String home_no_actions();

    @Message("Welcome to PeerCert")
    String welcome_title();

    @Message("Log in to see your courses and records. New trainees can create an account on the login page.")
    String welcome_anonymous();

    @Message("Your legal name, as your account holds it")
    String profile_legal_name();

    @Message("This is the name your certificates will print. If it is wrong, change it in your account settings before your first certificate.")
    String profile_legal_name_help();

    @Message("Account settings")
    String profile_account_link();

    @Message("{#when role}{#is 'trainee'}Trainee{#is 'instructor'}Instructor{#is 'reviewer'}Reviewer{#is 'admin'}Admin{#else}{role}{/when}")
    String role_label(String role);

    @Message("Your account has no PeerCert role yet. Ask your training provider to grant you one.")
    String no_role();

    @Message("Main")
    String nav_label();

    @Message("Provider contact")
    String footer_contact();

    @Message("What you can do")
    String actions_heading();

    @Message("The request could not be accepted")
    String error_400_title();

    @Message("This form has expired")
    String csrf_refused_title();

    @Message("The form was sent without its page's security token: the page was open for a long time, or its cookie was cleared. Nothing was saved. Go back, reload the page, and send the form again.")
    String csrf_refused_detail();

    @Message("Some fields need attention; each is named below.")
    String error_validation_detail();

    @Message("Not allowed")
    String error_403_title();

    @Message("Your role does not allow this. If you think it should, ask your training provider.")
    String error_403_detail();

    @Message("Not found")
    String error_404_title();

    @Message("There is nothing at this address. Check the link, or start again from the home page.")
    String error_404_detail();

    @Message("Conflict")
    String error_409_title();

    @Message("Something went wrong on our side")
    String error_500_title();

    @Message("The error has been logged. Please try again in a moment; if it keeps happening, contact your training provider.")
    String error_500_detail();

    @Message("The request could not be completed.")
    String error_generic_detail();

    @Message("Back to the home page")
    String error_home_link();

    @Message("Staff invitations")
    String invitations_title();

    @Message("Account created for {username} with the role {role}.")
    String invitation_created(String username, String role);

    @Message("Give them this one-time password by a safe channel; it is shown only now, and they must change it at first login:")
    String invitation_password_once();

    @Message("Given name(s)")
    String invitation_first_name();

    @Message("Family name")
    String invitation_last_name();

    @Message("Email")
    String invitation_email();

    @Message("Username")
    String invitation_username();

    @Message("Lower-case letters, digits, dots, hyphens or underscores; used to log in.")
    String invitation_username_hint();

    @Message("Role")
    String invitation_role();

    @Message("Create the account")
    String invitation_submit();

    @Message("Invitations so far")
    String invitations_list_heading();

    @Message("No one has been invited yet.")
    String invitations_none();

    @Message("Newest first. Records of role grants are never changed or deleted.")
    String invitations_caption();

    @Message("When")
    String invitation_when();

    @Message("Person")
    String invitation_person();

    @Message("Invited by")
    String invitation_by();

    @Message("Course catalog")
    String catalog_title();

    @Message("Approved training for peer support specialists and targeted case managers in Kentucky, live and online.")
    String catalog_lead();

    @Message("Filter by kind")
    String catalog_filter_label();

    @Message("All courses")
    String catalog_all();

    @Message("No course of this kind is offered right now.")
    String catalog_empty();

    @Message("h")
    String hours_unit();

    @Message("Credential")
    String course_credential();

    @Message("Credit hours")
    String course_hours();

    @Message("an hour counts {minutes} minutes")
    String course_hour_length(int minutes);

    @Message("Delivery")
    String course_formats();

    @Message("live sessions only")
    String course_live_only();

    @Message("Before this course")
    String course_prerequisites();

    @Message("Content version")
    String course_version();

    @Message("Hours by competency")
    String course_competencies();

    @Message("Competency")
    String course_competency();

    @Message("Modules")
    String course_modules();

    @Message("About this course")
    String course_overview();

    @Message("Breadcrumb")
    String breadcrumb_label();

    @Message("Learning objectives")
    String module_objectives();

    @Message("This module ends with a knowledge check of {count} questions.")
    String module_knowledge_check(int count);

    @Message("Previous and next module")
    String module_nav_label();

    @Message("Courses and problems")
    String course_admin_title();

    @Message("Courses are read from {folder} and reloaded within seconds of an edit. A broken course is left out; its last good version stays in service.")
    String course_admin_lead(String folder);

    @Message("{count} {#if count == 1}problem{#else}problems{/if} in the course files")
    String course_admin_problems(int count);

    @Message("Every course file is in order.")
    String course_admin_no_problems();

    @Message("File")
    String course_admin_file();

    @Message("Line")
    String course_admin_line();

    @Message("Field")
    String course_admin_field();

    @Message("Problem")
    String course_admin_problem();

    @Message("{count} {#if count == 1}course{#else}courses{/if} served")
    String course_admin_served(int count);

    @Message("Last good version: its files have a problem listed above, so the version loaded before it is served until it is mended.")
    String course_admin_last_good();

    @Message("Course")
    String course_admin_course();

    @Message("Last loaded:")
    String course_admin_loaded();

    @Message("Browse the courses: hours by competency, modules and delivery formats.")
    String action_catalog_description();

    @Message("Courses and problems")
    String action_courses_title();

    @Message("See which courses are served in which content version, and any problem in the course files, by file and line.")
    String action_courses_description();

    @Message("While this page is open and you are active, PeerCert counts your reading time. Counting pauses when you switch away or after {minutes} minutes without using the page.")
    String seat_time_counting(int minutes);

    @Message("Time counted on this module: {measured} of {minimum} minutes.")
    String seat_time_so_far(long measured, int minimum);

    @Message("Paused: come back to this page and scroll or type to keep counting.")
    String seat_time_paused();

    @Message("Time is not being counted right now: you may be signed out or offline. Reload the page to go on counting.")
    String seat_time_stopped();

    @Message("This module is credited: {hours} h in your training record.")
    String seat_time_credited(String hours);

    @Message("Enrol in this course to have your reading time counted.")
    String seat_time_enrol_first();

    @Message("Knowledge check")
    String check_heading();

    @Message("Passed. If you have also read for the module's minimum time, it is credited.")
    String check_passed();

    @Message("Not yet: {score} right. Every answer must be right; read the module again and try once more.")
    String check_failed(String score);

    @Message("Your answers, question by question")
    String check_review_label();

    @Message("Right.")
    String check_review_right();

    @Message("Not right.")
    String check_review_not_right();

    @Message("Your answer:")
    String check_review_your_answer();

    @Message("none given")
    String check_review_no_answer();

    @Message("Why:")
    String check_review_why();

    @Message("You have passed this knowledge check.")
    String check_done();

    @Message("Check my answers")
    String check_submit();

    @Message("Choose every answer that applies.")
    String check_choose_all();

    @Message("True")
    String check_true();

    @Message("False")
    String check_false();

    @Message("Choose…")
    String check_pick();

    @Message("Your answer")
    String check_your_answer();

    @Message("Find a course")
    String dashboard_find_course();

    @Message("Waiting for your training provider")
    String dashboard_requested();

    @Message("asked {when}; you are enrolled once an admin approves")
    String dashboard_requested_on(String when);

    @Message("Find another course")
    String dashboard_find_another();

    @Message("Your training hours for this course are complete.")
    String dashboard_hours_complete();

    @Message("{hours} credit hours to go.")
    String dashboard_left(String hours);

    @Message("All competencies")
    String dashboard_total();

    @Message("Your training record for this course, line by line")
    String dashboard_ledger_link();

    @Message("Your upcoming live sessions")
    String dashboard_upcoming();

    @Message("Join the video session")
    String dashboard_join_video();

    @Message("You are enrolled in this course.")
    String enrol_enrolled();

    @Message("See your progress")
    String enrol_see_progress();

    @Message("Your request to enrol is with the training provider; you will find the course on your home page once it is approved.")
    String enrol_requested();

    @Message("To enrol, first complete the hours of:")
    String enrol_prerequisite_first();

    @Message("Ask to enrol")
    String enrol_request();

    @Message("Enrol")
    String enrol_now();

    @Message("Log in to enrol")
    String enrol_login();

    @Message("Training record: {name}")
    String ledger_title(String name);

    @Message("enrolled {when}")
    String ledger_enrolled(String when);

    @Message("Every line of the record")
    String ledger_lines();

    @Message("No hours recorded yet.")
    String ledger_empty();

    @Message("Recorded")
    String ledger_when();

    @Message("Source")
    String ledger_source();

    @Message("Minutes")
    String ledger_minutes();

    @Message("Evidence")
    String ledger_evidence();

    @Message("Recorded by")
    String ledger_by();

    @Message("Reason")
    String ledger_reason();

    @Message("corrects line")
    String ledger_corrects();

    @Message("Correct this record")
    String ledger_correct_heading();

    @Message("A correction is a new line with your name and reason; no line is ever changed or removed.")
    String ledger_correct_hint();

    @Message("Clock minutes: positive to add, negative to take off.")
    String ledger_minutes_hint();

    @Message("Add the correction")
    String ledger_correct_submit();

    @Message("Enrolments")
    String enrolments_title();

    @Message("Requests waiting for approval")
    String enrolments_requests();

    @Message("No request is waiting.")
    String enrolments_no_requests();

    @Message("Approve")
    String enrolments_approve();

    @Message("Approve {name} for {course}")
    String enrolments_approve_label(String name, String course);

    @Message("Enrol a trainee by username")
    String enrolments_enrol_heading();

    @Message("Answer requests to enrol, and enrol trainees by username.")
    String action_enrolments_description();

    @Message("Live sessions")
    String sessions_title();

    @Message("Show sessions")
    String sessions_show();

    @Message("Sessions of {course}")
    String sessions_of(String course);

    @Message("No session is scheduled yet.")
    String sessions_none();

    @Message("Schedule a session")
    String sessions_schedule();

    @Message("Title")
    String sessions_field_title();

    @Message("Day")
    String sessions_field_date();

    @Message("Starts at (provider's time zone)")
    String sessions_field_start();

    @Message("Ends at (provider's time zone)")
    String sessions_field_end();

    @Message("Location (in person)")
    String sessions_field_location();

    @Message("Video link (live video, https://)")
    String sessions_field_link();

    @Message("Roster")
    String sessions_field_roster();

    @Message("No trainee is enrolled in this course yet.")
    String sessions_no_trainees();

    @Message("Attendance is closed and the credit is in each trainee's record.")
    String sessions_closed();

    @Message("Joined at")
    String sessions_joined();

    @Message("Left at")
    String sessions_left();

    @Message("Record")
    String sessions_record();

    @Message("Record attendance for {name}")
    String sessions_record_for(String name);

    @Message("Closing attendance posts each trainee's time in the session to their record, once. Record everyone first.")
    String sessions_close_hint();

    @Message("Close attendance")
    String sessions_close();

    @Message("Schedule live sessions, take attendance and close it to credit the hours.")
    String action_sessions_description();

    @Message("Download the transcript (PDF)")
    String ledger_pdf();

    @Message("Download the transcript (CSV)")
    String ledger_csv();

    @Message("Training record and progress of {name}")
    String sessions_progress_of(String name);

    @Message("Check-in code")
    String checkin_code_heading();

    @Message("Show this to the room. It changes every 45 seconds and works only during the session, for its roster.")
    String checkin_code_hint();

    @Message("Code shown by the instructor")
    String checkin_code_label();

    @Message("Check in")
    String checkin_in();

    @Message("Check out")
    String checkin_out();

    // ---- Progress overview (org.peercert.hours.ProgressOverviewPage) ------------------------

    @Message("Trainees' progress")
    String progress_title();

    @Message("Every enrolment, with the hours counted so far. Open a name for the full ledger and its evidence.")
    String progress_everyone();

    @Message("The trainees on your sessions' rosters, with the hours counted so far. Open a name for the full ledger.")
    String progress_rosters();

    @Message("No trainees to show yet.")
    String progress_none();

    @Message("See trainees' hours against each course's requirement, and open any ledger.")
    String action_progress_description();

    // ---- Oral exams (org.peercert.oral) --------------------------------------------------------
    // The role homes' cards. The oral-exam pages' sentences are in org.peercert.oral.OralMessages:
    // Quarkus 3.32 generates broken bytecode (VerifyError at start-up) for a message bundle of more
    // than 300 messages, and this one is close to that.

    @Message("Oral exams")
    String oral_title();

    @Message("Your oral exam: book it, see your booking and your result")
    String dashboard_oral_link();

    @Message("Book your oral exam once you are eligible, add it to your calendar, and read your result and the examiners' feedback.")
    String action_oral_description();

    @Message("Oral exam calendar")
    String oral_calendar_title();

    @Message("Publish oral-exam slots, see the exams you examine day by day, score them with the rubric and record no-shows.")
    String action_oral_calendar_description();

    @Message("Oral exam slots")
    String oral_admin_title();

    @Message("Every oral-exam slot with who booked it, and how full the slots are per course.")
    String action_oral_admin_description();
}
