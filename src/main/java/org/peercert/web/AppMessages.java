package org.peercert.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every user-facing sentence, in one place. Templates read them as {@code {msg:key}}. */
@MessageBundle("msg")
public interface AppMessages {

    @Message("PeerCert")
    String app_name();

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

    @Message("Create an account for an instructor, a reviewer or another admin, with exactly one role.")
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

    @Message("{count} problems in the course files")
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

    @Message("{count} courses served")
    String course_admin_served(int count);

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

    // ---- Written exams and post-tests (issue 5) ----------------------------------------------

    @Message("{#when kind}{#is 'post-test'}Post-test{#else}Written exam{/when}")
    String exam_kind(String kind);

    @Message("{#when kind}{#is 'post-test'}post-test{#else}written exam{/when}")
    String exam_kind_in_sentence(String kind);

    @Message("Enrol in {course} to sit its {kind}.")
    String exam_state_not_enrolled(String course, String kind);

    @Message("Your {kind} opens when your training hours are complete: {hours} h to go.")
    String exam_state_locked(String kind, String hours);

    @Message("Your {kind} is open. You may sit it up to {attempts} times in all.")
    String exam_state_open(String kind, int attempts);

    @Message("An attempt is in progress. It ends at {deadline}; your saved answers are waiting for you.")
    String exam_state_in_progress(String deadline);

    @Message("You passed your {kind} on {date}.")
    String exam_state_passed(String kind, String date);

    @Message("Your next attempt opens at {until}.")
    String exam_state_waiting(String until);

    @Message("You have used all {attempts} attempts of your {kind}. Your training provider can tell you what comes next.")
    String exam_state_no_attempts(int attempts, String kind);

    @Message("This exam draws no questions yet; the course's question bank is being prepared.")
    String exam_no_questions();

    @Message("There is no such exam attempt.")
    String exam_no_such_attempt();

    @Message("\"{id}\" is not a question of this attempt. Reload the exam page and answer again.")
    String exam_no_such_question(String id);

    @Message("This attempt was submitted at {when} and can no longer change.")
    String exam_closed_submitted(String when);

    @Message("The time for this attempt ended at {deadline}. Answers sent after that are not accepted; the answers saved before then have been marked.")
    String exam_closed_deadline(String deadline);

    @Message("The attempt has not ended yet: submit it, or wait for its deadline, to see the result.")
    String exam_not_finished();

    @Message("Questions")
    String exam_questions();

    @Message("Time limit")
    String exam_time_limit();

    @Message("{minutes} minutes")
    String exam_minutes(int minutes);

    @Message("{minutes} minutes with your extra time")
    String exam_your_time(int minutes);

    @Message("Pass mark")
    String exam_pass_mark();

    @Message("Attempts")
    String exam_attempts();

    @Message("{used} of {allowed} used")
    String exam_attempts_used(int used, int allowed);

    @Message("The clock starts when you press the button, and runs on the server: closing the page does not stop it. Every answer is saved as you give it, so you can reload or change device and carry on.")
    String exam_start_hint();

    @Message("Start the attempt")
    String exam_start();

    @Message("Go back to your attempt")
    String exam_resume();

    @Message("Your attempts")
    String exam_your_attempts();

    @Message("Attempt")
    String exam_attempt();

    @Message("Started")
    String exam_started();

    @Message("Result")
    String exam_result();

    @Message("in progress")
    String exam_running();

    @Message("{score} % · passed")
    String exam_score_passed(String score);

    @Message("{score} % · not passed")
    String exam_score_failed(String score);

    @Message("See the result")
    String exam_see_result();

    @Message("Attempt {number}, ends at {deadline}")
    String exam_ends_at(int number, String deadline);

    @Message("Time left")
    String exam_time_left();

    @Message("Time is up. Your saved answers are being submitted.")
    String exam_time_up();

    @Message("Each answer is saved on the server as soon as you give it. Without JavaScript, use \"Save my answers\" now and then.")
    String exam_autosave_hint();

    @Message("{count} answers saved.")
    String exam_saved_count(int count);

    @Message("Question {number} of {count}")
    String exam_question_n(int number, int count);

    @Message("Saved")
    String exam_saved();

    @Message("Saving…")
    String exam_saving();

    @Message("Not saved yet: check your connection. It will be tried again.")
    String exam_not_saved();

    @Message("Save my answers")
    String exam_save();

    @Message("Submit the exam")
    String exam_submit();

    @Message("Submitting ends the attempt: the answers saved so far are marked at once. Questions left blank count as wrong.")
    String exam_submit_hint();

    @Message("Answered so far: {answered} of {count}")
    String exam_answered(long answered, int count);

    @Message("{#when kind}{#is 'post-test'}Post-test result{#else}Written exam result{/when}")
    String exam_result_title(String kind);

    @Message("Passed: {score} %, the pass mark is {pass} %.")
    String exam_result_passed(String score, int pass);

    @Message("Not passed: {score} %, the pass mark is {pass} %.")
    String exam_result_failed(String score, int pass);

    @Message("Trainee")
    String exam_trainee();

    @Message("Correct answers")
    String exam_correct();

    @Message("{correct} of {questions}")
    String exam_correct_of(int correct, int questions);

    @Message("Ended")
    String exam_ended();

    @Message("{when} ({#if how == 'deadline'}at the deadline{#else}submitted{/if})")
    String exam_ended_how(String when, String how);

    @Message("Your attempt had already ended; the answers sent with the form came too late to count.")
    String exam_late_form();

    @Message("Result by competency")
    String exam_by_competency();

    @Message("Share")
    String exam_share();

    @Message("The questions and answers")
    String exam_review();

    @Message("Your answer")
    String exam_your_answer();

    @Message("Right answer")
    String exam_right_answer();

    @Message("right")
    String exam_mark_right();

    @Message("wrong")
    String exam_mark_wrong();

    @Message("(no answer)")
    String exam_no_answer();

    @Message("Back to the exam page")
    String exam_back();

    @Message("Open the exam page")
    String exam_link();

    @Message("Exams: results and item analysis")
    String exams_title();

    @Message("Results per trainee and item analysis for each course's written exam or post-test.")
    String action_exams_description();

    @Message("Results")
    String exams_results();

    @Message("Item analysis")
    String exams_item_analysis();

    @Message("Results: {course}")
    String exams_results_of(String course);

    @Message("No attempt yet.")
    String exams_no_attempts();

    @Message("Item analysis: {course}")
    String exams_item_analysis_of(String course);

    @Message("Across {attempts} finished attempts. Facility is the share of attempts that got the question right; discrimination compares the top and bottom 27 % of those attempts by total score; point-biserial correlates the question with the total. A dash means too few attempts.")
    String exams_item_analysis_hint(int attempts);

    @Message("Question")
    String exams_question();

    @Message("Drawn")
    String exams_drawn();

    @Message("Facility")
    String exams_facility();

    @Message("Discrimination")
    String exams_discrimination();

    @Message("Point-biserial")
    String exams_point_biserial();

    @Message("Answers given")
    String exams_answers();

    @Message("blank")
    String exams_blank();

    @Message("the right answer")
    String exams_key();

    @Message("Exam accommodations")
    String accommodations_title();

    @Message("Give a trainee extra time on written exams and post-tests.")
    String action_accommodations_description();

    @Message("Extra time multiplies the time limit of every attempt the trainee starts from now on; attempts already running keep their deadline. The deadline is never cut back to the normal limit. To end an accommodation, grant 1.")
    String accommodations_hint();

    @Message("Time multiplier (for example 1.5 for time and a half)")
    String accommodations_multiplier();

    @Message("Grant the accommodation")
    String accommodations_submit();

    @Message("Granted so far")
    String accommodations_list();

    @Message("No accommodation has been granted.")
    String accommodations_none();

    @Message("Granted by")
    String accommodations_by();

    @Message("Extra time for {name}: × {multiplier}.")
    String accommodations_granted(String name, String multiplier);
}
