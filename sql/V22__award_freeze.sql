-- The database's own guard of a signed-off (frozen) award category and of the rules a second
-- program must not get around (see org.conferencedesk.awards.AwardFreezeTrigger, which names every
-- rule). H2 runs the class before each row change, in the changing transaction. jOOQ's code
-- generator does not read trigger or hash syntax; the markers make it skip this part.

/* [jooq ignore start] */
CREATE TRIGGER award_category_guard BEFORE UPDATE, DELETE ON award_category
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_prize_guard BEFORE INSERT, UPDATE, DELETE ON award_prize
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_criterion_guard BEFORE INSERT, UPDATE, DELETE ON award_criterion
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_member_guard BEFORE INSERT, UPDATE, DELETE ON award_committee_member
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_nominee_guard BEFORE INSERT, UPDATE, DELETE ON award_nominee
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_recusal_guard BEFORE INSERT, UPDATE, DELETE ON award_recusal
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_score_guard BEFORE INSERT, UPDATE, DELETE ON award_score
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_winner_guard BEFORE INSERT, UPDATE, DELETE ON award_winner
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_sign_off_guard BEFORE INSERT, UPDATE ON award_sign_off
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';
CREATE TRIGGER award_reopening_guard BEFORE INSERT, UPDATE ON award_reopening
    FOR EACH ROW CALL 'org.conferencedesk.awards.AwardFreezeTrigger';

-- The hash of a sign-off is the SHA-256 of its content's UTF-8 bytes, in lower-case hex.
ALTER TABLE award_sign_off ADD CONSTRAINT award_sign_off_hash_of_content
    CHECK (result_hash = LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8(content)))));
/* [jooq ignore stop] */
