-- Team mode (issue 16): people and rights, enforced by the server. Two group roles: refunddesk_coordinator (all
-- cases, assignment, adding people) and refunddesk_helper (cases assigned to them or unassigned). Each person logs in
-- as their own role, a member of one group; a case's assignee is that role's name. Group roles belong to the whole
-- server, so they are created only when absent (several team databases may share one server).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'refunddesk_coordinator') THEN
        CREATE ROLE refunddesk_coordinator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'refunddesk_helper') THEN
        CREATE ROLE refunddesk_helper NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO refunddesk_coordinator, refunddesk_helper;
GRANT SELECT, INSERT, UPDATE, DELETE ON cases, case_tags, case_summaries, evidence, saved_view, raised_notifications
    TO refunddesk_coordinator, refunddesk_helper;
-- the event log, the evidence log and stored files are only ever added to
GRANT SELECT, INSERT ON case_events, evidence_log, evidence_blobs, evidence_chunks
    TO refunddesk_coordinator, refunddesk_helper;
GRANT SELECT, INSERT ON erasure_log TO refunddesk_coordinator;
GRANT SELECT ON case_audit, flyway_schema_history TO refunddesk_coordinator, refunddesk_helper;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO refunddesk_coordinator, refunddesk_helper;

-- Whether the current role may see and change a case with this assignee.
CREATE FUNCTION refunddesk_may_see(assignee VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT assignee IS NULL OR assignee = current_user::text
        OR pg_has_role(current_user, 'refunddesk_coordinator', 'MEMBER')
$$;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_cases ON cases
    USING (refunddesk_may_see(assignee)) WITH CHECK (refunddesk_may_see(assignee));

ALTER TABLE case_summaries ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_case_summaries ON case_summaries
    USING (refunddesk_may_see(assignee)) WITH CHECK (refunddesk_may_see(assignee));

-- Rows that belong to a case follow the case: the sub-select is itself filtered by the cases policy.
ALTER TABLE case_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_case_tags ON case_tags USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_case_events ON case_events USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_evidence ON evidence USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
ALTER TABLE evidence_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_evidence_log ON evidence_log USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
ALTER TABLE case_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_case_audit ON case_audit FOR SELECT USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
    OR pg_has_role(current_user, 'refunddesk_coordinator', 'MEMBER'));

-- Stored files: anyone may add one; reading one needs evidence the role may see that names its hash.
ALTER TABLE evidence_blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_blobs_read ON evidence_blobs FOR SELECT
    USING (EXISTS (SELECT 1 FROM evidence e WHERE e.sha256 = evidence_blobs.sha256));
CREATE POLICY team_blobs_add ON evidence_blobs FOR INSERT WITH CHECK (true);
ALTER TABLE evidence_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_chunks_read ON evidence_chunks FOR SELECT
    USING (EXISTS (SELECT 1 FROM evidence e WHERE e.sha256 = evidence_chunks.sha256));
CREATE POLICY team_chunks_add ON evidence_chunks FOR INSERT WITH CHECK (true);

-- Adding people: coordinators need no CREATEROLE right of their own; this function (running as the schema owner,
-- who set the team up) checks that the caller is a coordinator and creates a login role in one of the two groups.
CREATE FUNCTION refunddesk_add_member(member_name TEXT, member_password TEXT, as_coordinator BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'refunddesk_coordinator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a coordinator may add people' USING ERRCODE = '42501';
    END IF;
    IF member_name IS NULL OR length(member_name) = 0 OR length(member_name) > 63 OR member_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'not a usable name: %', member_name USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', member_name, member_password,
                   CASE WHEN as_coordinator THEN 'refunddesk_coordinator' ELSE 'refunddesk_helper' END);
END
$$;
REVOKE ALL ON FUNCTION refunddesk_add_member(TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refunddesk_add_member(TEXT, TEXT, BOOLEAN) TO refunddesk_coordinator;
