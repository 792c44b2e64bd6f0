-- When a token was last used, and by which instance of the register: written in batches from memory (TokenUse), not
-- per request, so that authenticating stays one read.
alter table api_token add column last_used_at timestamptz;
alter table api_token add column last_used_by text;
