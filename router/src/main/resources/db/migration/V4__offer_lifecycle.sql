-- The offer lifecycle: how a conversation ended, why an offer or an assignment ended, and the lookups the sweeps
-- and the agent's work listing make.

ALTER TABLE conversations ADD COLUMN disposition text;   -- how the agent closed it (resolved, spam, ...)

-- expired, missed-offers, agent-offline, agent-away, shift-ended, transferred. Set on EXPIRED and REVOKED offers,
-- and on an ACCEPTED offer whose assignment ended before the conversation closed (the agent left, or handed it on).
ALTER TABLE offers ADD COLUMN ended_reason text;

CREATE INDEX offers_pending_agent ON offers (agent_id) WHERE status = 'PENDING';
CREATE INDEX messages_agent_replies ON messages (conversation_id, agent_id) WHERE author = 'AGENT';
