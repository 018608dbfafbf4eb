package org.peercert.oral;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the oral-exam pages: {@code {oral:key}} in templates. A bundle of its own,
 * beside web/AppMessages, because Quarkus 3.32 generates broken bytecode for a message bundle of
 * more than 300 messages (its resolve method is split, and the split passes a wrong argument).
 */
@MessageBundle("oral")
public interface OralMessages {

    @Message("Slots of the last 30 days and ahead. A slot counts as filled when a booking held it to its exam.")
    String admin_lead();

    @Message("None of your courses has an oral exam.")
    String none();

    @Message("Your booking")
    String your_booking();

    @Message("When")
    String when();

    @Message("Where")
    String where();

    @Message("Examiners")
    String examiners();

    @Message("Trainee")
    String trainee();

    @Message("Status")
    String status_label();

    @Message("{minutes} minutes")
    String minutes(long minutes);

    @Message("Join the live video")
    String join_video();

    @Message("Live video")
    String live_video();

    @Message("In person: {location}")
    String in_person(String location);

    @Message("Add to your calendar (.ics)")
    String add_to_calendar();

    @Message("Booking details and result")
    String booking_details();

    @Message("You can cancel or move this booking until {when}.")
    String change_until(String when);

    @Message("The exam is inside the no-change window (changes by you closed at {when}). To cancel or move it now, contact your training provider.")
    String changes_closed(String when);

    @Message("Move to")
    String move_to();

    @Message("Move the booking")
    String reschedule();

    @Message("Cancel the booking")
    String cancel();

    @Message("Yes, cancel this oral exam (the examiners are told, and the slot opens to others)")
    String cancel_confirm();

    @Message("There is no open time right now. New slots appear here as instructors publish them.")
    String no_open_slots();

    @Message("Choose a time")
    String choose_time();

    @Message("Book this time")
    String book();

    @Message("Earlier bookings")
    String earlier();

    @Message("What the examiners look for")
    String what_examiners_look_for();

    @Message("To pass: at least {minimum} of {max} points, and at least the minimum on every criterion that has one.")
    String pass_rule(int minimum, int max);

    @Message("at least {minimum}")
    String criterion_minimum(int minimum);

    @Message("{#when status}{#is 'upcoming'}Booked{#is 'cancelled'}Cancelled{#is 'rescheduled'}Moved to another time{#is 'no-show'}Missed (no-show){#is 'awaiting-scores'}Waiting for the examiners' scores{#is 'needs-reconciliation'}The examiners disagree: waiting for a reconciliation{#is 'passed'}Passed{#is 'failed'}Not passed{#else}{status}{/when}")
    String status(String status);

    @Message("{#when done}{#is 'booked'}Your oral exam is booked. The invitation is on its way by email.{#is 'cancelled'}The booking is cancelled.{#is 'rescheduled'}The booking is moved.{#is 'no-show'}The no-show is recorded.{#is 'scored'}Your score is recorded.{#is 'reconciled'}The reconciliation is recorded.{#else}Done.{/when}")
    String done(String done);

    @Message("Oral exam: {course}")
    String booking_title(String course);

    @Message("Changed by")
    String changed_by();

    @Message("Result")
    String result_heading();

    @Message("Passed")
    String result_passed();

    @Message("Not passed")
    String result_failed();

    @Message("The result appears here once the examiners have scored and agree.")
    String result_pending();

    @Message("Reconciled by {name} on {when}:")
    String reconciled(String name, String when);

    @Message("{name}: {total} of {max} points")
    String score_by(String name, int total, int max);

    @Message("Scored by {name} on {when}")
    String score_caption(String name, String when);

    @Message("Criterion")
    String criterion();

    @Message("Points")
    String points();

    @Message("Feedback")
    String feedback();

    @Message("This score corrects an earlier one: {reason}")
    String corrected(String reason);

    @Message("Change the booking")
    String change_heading();

    @Message("As an instructor or admin you can change this booking until the exam starts, also inside the no-change window. Say why; the trainee is told by email.")
    String staff_change_hint();

    @Message("Reason")
    String reason();

    @Message("Score the exam")
    String score_heading();

    @Message("Score on your own, before you compare notes with another examiner. Your score is final once submitted.")
    String score_hint();

    @Message("Correct your score")
    String correct_heading();

    @Message("Your score is final. A correction is a new score with your reason; both are kept.")
    String correct_hint();

    @Message("Feedback for the trainee")
    String feedback_label();

    @Message("One or two strengths and one or two things to practise, tied to what the trainee said.")
    String feedback_hint();

    @Message("Why you correct your score")
    String correction_reason();

    @Message("Submit the score")
    String submit_score();

    @Message("Submit the correction")
    String submit_correction();

    @Message("Examiner guidance")
    String guidance();

    @Message("Reconcile the result")
    String reconcile_heading();

    @Message("The examiners disagree on pass or fail. Read both score sheets, decide, and say why; both scores are kept.")
    String reconcile_hint();

    @Message("Decision")
    String decision();

    @Message("Record the decision")
    String reconcile_submit();

    @Message("What happened (optional)")
    String no_show_reason();

    @Message("Record a no-show")
    String no_show();

    @Message("Your exams and the slots you published, from today on.")
    String calendar_mine();

    @Message("Every oral-exam slot, from today on.")
    String calendar_everyone();

    @Message("No oral exam is scheduled yet.")
    String calendar_empty();

    @Message("Open")
    String slot_open();

    @Message("Not booked")
    String slot_unbooked();

    @Message("Publish a slot")
    String publish_heading();

    @Message("Times are in the provider's time zone and start on five-minute marks. An examiner cannot be in two slots at once, in any course.")
    String publish_hint();

    @Message("Starts at (provider's time zone)")
    String field_start();

    @Message("Length in minutes")
    String field_minutes();

    @Message("Leave empty for the length the course's rubric sets.")
    String field_minutes_hint();

    @Message("In person")
    String format_in_person();

    @Message("Live video")
    String format_live_video();

    @Message("Examiner (username)")
    String field_examiner1();

    @Message("Second examiner (username, optional)")
    String field_examiner2();

    @Message("Publish")
    String publish();

    @Message("The slot is published.")
    String published();

    @Message("How full the slots are")
    String fill_rates();

    @Message("Slots")
    String slots();

    @Message("Filled")
    String filled();

    @Message("Fill rate")
    String fill_rate();

    @Message("All slots")
    String all_slots();

    @Message("Booked by")
    String booked_by();

    @Message("The calendar, with the form to publish a slot")
    String to_calendar();

    @Message("Slot withdrawn: trainees no longer see it, and its examiners' time is free again.")
    String withdrawn();

    @Message("Withdraw this slot")
    String withdraw_summary();

    @Message("Why (kept on record)")
    String withdraw_reason();

    @Message("Withdraw the slot")
    String withdraw_submit();
}
