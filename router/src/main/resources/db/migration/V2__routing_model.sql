-- What routing decides about a conversation, what it remembers about customers and agents, and who wrote a message.

ALTER TABLE conversations
    ADD COLUMN priority                 integer          NOT NULL DEFAULT 0,   -- higher is more urgent
    ADD COLUMN skills                   jsonb            NOT NULL DEFAULT '{}', -- {"billing": 3}: skill -> minimum level
    ADD COLUMN language_confidence      double precision,
    ADD COLUMN language_source          text,                                  -- hint, customer, detected, default
    ADD COLUMN sla_due_at               timestamptz,                           -- first response due
    ADD COLUMN stage                    integer          NOT NULL DEFAULT 0,   -- bullseye stage reached
    ADD COLUMN stage_since              timestamptz,
    ADD COLUMN previous_conversation_id uuid REFERENCES conversations (id),    -- the closed one this continues
    ADD COLUMN explanation              jsonb;                                 -- why the last routing decision went so
DROP INDEX conversations_queue;
CREATE INDEX conversations_queue ON conversations (priority DESC, queued_since, id) WHERE status = 'QUEUED';

ALTER TABLE customers
    ADD COLUMN language      text,                           -- the language last decided for them
    ADD COLUMN last_agent_id text REFERENCES agents (id),   -- who last served them (sticky routing)
    ADD COLUMN last_agent_at timestamptz,
    ADD COLUMN merged_into   uuid REFERENCES customers (id); -- set on the customer a merge folded into another

ALTER TABLE agents
    ADD COLUMN schedule           jsonb,                        -- weekly shifts in local time; null = always on shift
    ADD COLUMN consecutive_misses integer NOT NULL DEFAULT 0;   -- offers expired in a row

ALTER TABLE messages
    ADD COLUMN author   text NOT NULL DEFAULT 'CUSTOMER' CHECK (author IN ('CUSTOMER', 'AGENT', 'SYSTEM')),
    ADD COLUMN agent_id text REFERENCES agents (id);

ALTER TABLE offers DROP CONSTRAINT offers_status_check;
ALTER TABLE offers ADD CONSTRAINT offers_status_check
    CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED'));
