package org.interpreterline.notification;

/** The virtual phones of the integration tests, one per scenario so that no two tests share a phone. */
final class Phones {

    static final String BUSY_INTERPRETER = "+14125551001";
    static final String ACCEPTING_INTERPRETER = "+14125551002";
    static final String VOICE_OFFICER = "+14125551003";
    static final String DECLINING_INTERPRETER = "+14125551004";
    static final String UNREACHABLE_INTERPRETER = "+14125551005";
    static final String RINGING_INTERPRETER = "+14125551006";
    static final String SMS_INTERPRETER = "+14125551007";
    static final String SMS_OFFICER = "+14125551008";
    static final String QUEUED_OFFICER = "+14125551009";
    static final String DUPLICATE_INTERPRETER = "+14125551010";
    static final String VOICEMAIL_INTERPRETER = "+14125551011";
    static final String FORGED_INTERPRETER = "+14125551012";
    static final String DLT_INTERPRETER = "+14125551013";
    static final String PAUSED_INTERPRETER = "+14125551014";
    static final String ESCALATED_SMS_OFFICER = "+14125551015";
    static final String ESCALATED_VOICE_OFFICER = "+14125551016";
    static final String FALLBACK_PROVIDER = "+18005550000";
    static final String MISSING_OFFICER = "+14125551017";
    static final String STRANDED_INTERPRETER = "+14125551018";
    static final String LATE_OPENING_OFFICER = "+14125551019";
    static final String RESTART_INTERPRETER = "+14125551020";
    static final String TAKEOVER_INTERPRETER = "+14125551021";
    static final String ADOPTED_INTERPRETER = "+14125551022";
    static final String SLOW_TWILIO_INTERPRETER = "+14125551023";
    static final String UNHELD_INTERPRETER = "+14125551024";
    static final String TIMED_OUT_INTERPRETER = "+14125551025";
    static final String WARM_UP_INTERPRETER = "+14125551026";
    static final String BASELINE_INTERPRETER = "+14125551027";
    static final String RETRIED_INTERPRETER = "+14125551028";
    static final String RETRIED_OFFICER = "+14125551029";
    static final String UNANSWERED_DIAL_INTERPRETER = "+14125551030";
    static final String TWILIO_DOWN_INTERPRETER = "+14125551031";
    static final String NOT_RUNG_INTERPRETER = "+14125551032";
    static final String RECOVERED_INTERPRETER = "+14125551033";
    static final String RECOVERED_TOO_INTERPRETER = "+14125551034";
    static final String AGAIN_OFFICER = "+14125551035";
    static final String AGAIN_ACCEPTED_OFFICER = "+14125551036";
    static final String CARD_OFFICER = "+14125551037";
    static final String TWILIO_FAILED_INTERPRETER = "+14125551038";

    private Phones() {
    }
}
