-- Issue 11: whether a fee deducted from a refund was disclosed and agreed before payment.
-- NULL = not known (the rule engine then says what decides it).
ALTER TABLE cases ADD COLUMN fee_disclosed BOOLEAN;
