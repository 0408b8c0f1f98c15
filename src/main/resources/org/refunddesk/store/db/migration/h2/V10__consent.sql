-- Whose data a case holds (issue 18): the user's own, or another person's who agreed (how, when) that the
-- helper keeps it. All NULL for cases recorded before the question was asked.
ALTER TABLE cases ADD COLUMN consumer_is_user BOOLEAN;
ALTER TABLE cases ADD COLUMN consent_method VARCHAR(40);
ALTER TABLE cases ADD COLUMN consent_date DATE;
