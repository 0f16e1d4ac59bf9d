-- When a lead's marketing consent, given in a browser, was sent for confirmation; null once confirmed or when
-- never asked. Leads still waiting past the confirmation period are deleted.
ALTER TABLE leads ADD COLUMN consent_requested_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX leads_consent_requested ON leads (consent_requested_at);
