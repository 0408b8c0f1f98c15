-- Team mode (issue 16): the row checksum (V24) changes with every write of a case, the appending of an event too;
-- it is not something a person changed, so the audit trail's "what changed" leaves it out, as it leaves out
-- updated_at and version (postgresql/V17 otherwise unchanged).
CREATE OR REPLACE FUNCTION refunddesk_audit() RETURNS trigger
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
             WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ('updated_at', 'version', 'checksum');
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
