-- PostgreSQL's version of sql/V22__award_freeze.sql (docs/decisions/0026). The database's own guard of
-- a signed-off (frozen) award category and of the rules a second program must not get around, as
-- PL/pgSQL trigger functions doing what org.conferencedesk.awards.AwardFreezeTrigger does on H2 (that
-- class names every rule). A refusal is SQLSTATE 45000 with the message "CODE: detail", the same
-- codes and details as the Java trigger's, so AwardRepository reads both alike.

-- Refuses any change to a part of a category while the category is signed off.
CREATE FUNCTION award_refuse_if_frozen(p_category_id BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_category_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM award_category WHERE id = p_category_id AND sign_off_id IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = '45000',
            MESSAGE = format('AWARD_FROZEN: award category %s is signed off; reopen it with a reason first', p_category_id);
    END IF;
END
$$;

-- The category itself: frozen content; cleared only with a reopening; rules fixed once scored.
CREATE FUNCTION award_category_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.sign_off_id IS NOT NULL THEN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION USING ERRCODE = '45000',
                MESSAGE = format('AWARD_FROZEN: award category %s is signed off and cannot be deleted', OLD.id);
        END IF;
        IF (OLD.event_id, OLD.name_zh, OLD.name_en, OLD.kind, OLD.tie_rule, OLD.draw_seed, OLD.score_min,
                OLD.score_max, OLD.created_at)
                IS DISTINCT FROM (NEW.event_id, NEW.name_zh, NEW.name_en, NEW.kind, NEW.tie_rule, NEW.draw_seed,
                NEW.score_min, NEW.score_max, NEW.created_at) THEN
            RAISE EXCEPTION USING ERRCODE = '45000',
                MESSAGE = format('AWARD_FROZEN: award category %s is signed off; reopen it with a reason first', OLD.id);
        END IF;
        IF NEW.sign_off_id IS NULL THEN
            IF NOT EXISTS (SELECT 1 FROM award_reopening WHERE sign_off_id = OLD.sign_off_id) THEN
                RAISE EXCEPTION USING ERRCODE = '45000',
                    MESSAGE = format('AWARD_FROZEN: award category %s can only be reopened with a recorded reason', OLD.id);
            END IF;
        ELSIF NEW.sign_off_id <> OLD.sign_off_id THEN
            RAISE EXCEPTION USING ERRCODE = '45000',
                MESSAGE = format('AWARD_FROZEN: award category %s is already signed off', OLD.id);
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.tie_rule, OLD.draw_seed, OLD.score_min, OLD.score_max)
                IS DISTINCT FROM (NEW.tie_rule, NEW.draw_seed, NEW.score_min, NEW.score_max) THEN
            IF EXISTS (SELECT 1 FROM award_score WHERE category_id = OLD.id) THEN
                RAISE EXCEPTION USING ERRCODE = '45000',
                    MESSAGE = format('AWARD_RULE_AFTER_SCORES: award category %s: the tie rule, draw seed and score range are declared before any score', OLD.id);
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;

-- A part of a category (prize, criterion, member, nominee, recusal, score, winner). The columns of one
-- table are read only in that table's branch: PL/pgSQL plans each expression when it first runs it.
CREATE FUNCTION award_part_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM award_refuse_if_frozen(OLD.category_id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM award_refuse_if_frozen(NEW.category_id);
    ELSIF NEW.category_id IS DISTINCT FROM OLD.category_id THEN
        PERFORM award_refuse_if_frozen(NEW.category_id);
    END IF;
    IF TG_TABLE_NAME = 'award_score' THEN
        IF EXISTS (SELECT 1 FROM award_recusal WHERE member_id = NEW.member_id AND nominee_id = NEW.nominee_id) THEN
            RAISE EXCEPTION USING ERRCODE = '45000',
                MESSAGE = format('AWARD_RECUSED: committee member %s is recused from nominee %s and does not score it',
                    NEW.member_id, NEW.nominee_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'award_recusal' THEN
        IF EXISTS (SELECT 1 FROM award_score WHERE member_id = NEW.member_id AND nominee_id = NEW.nominee_id) THEN
            RAISE EXCEPTION USING ERRCODE = '45000',
                MESSAGE = format('AWARD_RECUSED: committee member %s still has scores of nominee %s; remove them with the recusal',
                    NEW.member_id, NEW.nominee_id);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- A sign-off is never edited, and added only to an open category. (A delete is the cascade of
-- deleting an open category: a sign-off in force is kept by the category's foreign key.)
CREATE FUNCTION award_sign_off_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION USING ERRCODE = '45000', MESSAGE = 'AWARD_SIGN_OFF_KEPT: a sign-off is never edited';
    END IF;
    PERFORM award_refuse_if_frozen(NEW.category_id);
    RETURN NEW;
END
$$;

-- A reopening is never edited, and reopens only the sign-off in force.
CREATE FUNCTION award_reopening_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION USING ERRCODE = '45000', MESSAGE = 'AWARD_SIGN_OFF_KEPT: a reopening is never edited';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM award_category WHERE id = NEW.category_id AND sign_off_id = NEW.sign_off_id) THEN
        RAISE EXCEPTION USING ERRCODE = '45000', MESSAGE = 'AWARD_SIGN_OFF_KEPT: only the sign-off in force can be reopened';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER award_category_guard BEFORE UPDATE OR DELETE ON award_category
    FOR EACH ROW EXECUTE FUNCTION award_category_guard();
CREATE TRIGGER award_prize_guard BEFORE INSERT OR UPDATE OR DELETE ON award_prize
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_criterion_guard BEFORE INSERT OR UPDATE OR DELETE ON award_criterion
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_member_guard BEFORE INSERT OR UPDATE OR DELETE ON award_committee_member
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_nominee_guard BEFORE INSERT OR UPDATE OR DELETE ON award_nominee
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_recusal_guard BEFORE INSERT OR UPDATE OR DELETE ON award_recusal
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_score_guard BEFORE INSERT OR UPDATE OR DELETE ON award_score
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_winner_guard BEFORE INSERT OR UPDATE OR DELETE ON award_winner
    FOR EACH ROW EXECUTE FUNCTION award_part_guard();
CREATE TRIGGER award_sign_off_guard BEFORE INSERT OR UPDATE ON award_sign_off
    FOR EACH ROW EXECUTE FUNCTION award_sign_off_guard();
CREATE TRIGGER award_reopening_guard BEFORE INSERT OR UPDATE ON award_reopening
    FOR EACH ROW EXECUTE FUNCTION award_reopening_guard();

-- The hash of a sign-off is the SHA-256 of its content's UTF-8 bytes, in lower-case hex.
ALTER TABLE award_sign_off ADD CONSTRAINT award_sign_off_hash_of_content
    CHECK (result_hash = encode(sha256(convert_to(content, 'UTF8')), 'hex'));
