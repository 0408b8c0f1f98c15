-- Team mode (issue 16): the audit trail and live updates, both written by triggers in the transaction that changes
-- a case, whatever client made the change.
-- who: the login role (session_user; the trigger function runs as the schema owner, so current_user would be the
-- owner). The function is SECURITY DEFINER so app roles need no INSERT right on case_audit and cannot forge rows.
CREATE FUNCTION refunddesk_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    changed TEXT;
BEGIN
    IF TG_TABLE_NAME = 'cases' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (NEW.id, session_user, 'CASE_CREATED', NULL, NEW.version, now());
        ELSIF TG_OP = 'UPDATE' THEN
            SELECT string_agg(n.key, ',' ORDER BY n.key) INTO changed
              FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o ON o.key = n.key
             WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ('updated_at', 'version');
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (NEW.id, session_user, 'CASE_UPDATED', left(changed, 400), NEW.version, now());
        ELSE
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (OLD.id, session_user, 'CASE_DELETED', NULL, OLD.version, now());
        END IF;
    ELSIF TG_TABLE_NAME = 'case_events' THEN
        INSERT INTO case_audit (case_id, who, action, what, version, at)
            VALUES (NEW.case_id, session_user, 'EVENT_ADDED', NEW.type, NULL, now());
    ELSIF TG_TABLE_NAME = 'evidence' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (NEW.case_id, session_user, 'EVIDENCE_ADDED', NEW.sha256, NULL, now());
        ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (NEW.case_id, session_user,
                        CASE WHEN NEW.trashed_at IS NULL THEN 'EVIDENCE_CHANGED' ELSE 'EVIDENCE_REMOVED' END,
                        NEW.sha256, NULL, now());
        ELSE
            INSERT INTO case_audit (case_id, who, action, what, version, at)
                VALUES (OLD.case_id, session_user, 'EVIDENCE_PURGED', OLD.sha256, NULL, now());
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_audit AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION refunddesk_audit();
CREATE TRIGGER case_events_audit AFTER INSERT ON case_events
    FOR EACH ROW EXECUTE FUNCTION refunddesk_audit();
CREATE TRIGGER evidence_audit AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION refunddesk_audit();

-- The trail is append-only for everyone, the owner included (a mistake is corrected by a later row).
CREATE FUNCTION refunddesk_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_audit is append-only' USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER case_audit_append_only BEFORE UPDATE OR DELETE ON case_audit
    FOR EACH ROW EXECUTE FUNCTION refunddesk_audit_is_append_only();
CREATE TRIGGER case_audit_no_truncate BEFORE TRUNCATE ON case_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refunddesk_audit_is_append_only();

-- Live updates: every committed change of a case or its summary tells listeners the case id on channel
-- refunddesk_cases (PostgreSQL sends a notification at commit, one per distinct id per transaction); clients then
-- read just those summaries.
CREATE FUNCTION refunddesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'cases' THEN
        PERFORM pg_notify('refunddesk_cases', COALESCE(NEW.id, OLD.id)::text);
    ELSE
        PERFORM pg_notify('refunddesk_cases', COALESCE(NEW.case_id, OLD.case_id)::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION refunddesk_notify();
CREATE TRIGGER case_summaries_notify AFTER INSERT OR UPDATE OR DELETE ON case_summaries
    FOR EACH ROW EXECUTE FUNCTION refunddesk_notify();
