package org.peercert.exam;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every sentence of the written exams and post-tests: {@code {exam:key}} in templates. */
@MessageBundle("exam")
public interface ExamMessages {

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

    @Message("Answered so far: %s of {count}")
    String exam_answered_live(int count);

    @Message("%s of the questions are still blank and will count as wrong. Submitting ends this attempt. Submit now?")
    String exam_confirm_blank();

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
