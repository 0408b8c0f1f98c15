-- Whether every summary is current, read from index ends instead of joining 100,000 cases to their summaries
-- (issue 14: the join took seconds before every list, `due` and dashboard): equal counts, equal newest
-- updated_at on both sides and one version among the summaries mean only the recompute_at range is left to read.
CREATE INDEX cases_updated ON cases (updated_at);
CREATE INDEX case_summaries_updated ON case_summaries (updated_at);
CREATE INDEX case_summaries_version ON case_summaries (version);
