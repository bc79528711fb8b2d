-- Agents as admins define them, plus what the router keeps about them at run time (presence, last assignment).
CREATE TABLE agents (
    id               text PRIMARY KEY,
    display_name     text        NOT NULL,
    time_zone        text        NOT NULL,
    languages        jsonb       NOT NULL DEFAULT '{}',   -- {"es": 5, "en-GB": 3}: BCP 47 tag -> level 1..5
    skills           jsonb       NOT NULL DEFAULT '{}',   -- {"billing": 4}: skill -> level 1..5
    capacity         jsonb       NOT NULL DEFAULT '{}',   -- {"CHAT": 3, "EMAIL": 5}: channel -> open conversations
    max_concurrent   integer,                             -- overall cap across channels; null = sum of channels
    presence         text        NOT NULL DEFAULT 'OFFLINE',
    last_assigned_at timestamptz,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX agents_presence ON agents (presence);

CREATE TABLE customers (
    id           uuid PRIMARY KEY,
    display_name text,
    email        text,
    phone        text,
    handle       text,
    locale       text,
    time_zone    text,
    country      text,
    created_at   timestamptz NOT NULL
);

-- assigned_agent_id is the agent holding the conversation: the one it is offered to (OFFERED) or assigned to (ASSIGNED).
CREATE TABLE conversations (
    id                uuid PRIMARY KEY,
    conversation_key  text        NOT NULL,
    channel           text        NOT NULL,
    provider          text        NOT NULL,
    customer_id       uuid        NOT NULL REFERENCES customers (id),
    status            text        NOT NULL CHECK (status IN ('QUEUED', 'OFFERED', 'ASSIGNED', 'CLOSED')),
    language          text,
    subject           text,
    assigned_agent_id text REFERENCES agents (id),
    created_at        timestamptz NOT NULL,
    queued_since      timestamptz NOT NULL,               -- kept across re-queues: the customer's wait
    updated_at        timestamptz NOT NULL,
    closed_at         timestamptz
);
-- One open conversation per thread; a closed one no longer claims its key.
CREATE UNIQUE INDEX conversations_open_key ON conversations (conversation_key) WHERE status <> 'CLOSED';
CREATE INDEX conversations_queue ON conversations (queued_since, id) WHERE status = 'QUEUED';
CREATE INDEX conversations_held ON conversations (assigned_agent_id, channel) WHERE status IN ('OFFERED', 'ASSIGNED');

-- The unique key is what makes a redelivered or re-posted message harmless.
CREATE TABLE messages (
    id                  uuid PRIMARY KEY,
    conversation_id     uuid        NOT NULL REFERENCES conversations (id),
    channel             text        NOT NULL,
    provider            text        NOT NULL,
    provider_message_id text        NOT NULL,
    text                text,
    received_at         timestamptz NOT NULL,
    CONSTRAINT messages_provider_message UNIQUE (channel, provider, provider_message_id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, received_at);

CREATE TABLE offers (
    id              uuid PRIMARY KEY,
    conversation_id uuid        NOT NULL REFERENCES conversations (id),
    agent_id        text        NOT NULL REFERENCES agents (id),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    reason          text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    decided_at      timestamptz
);
CREATE INDEX offers_conversation ON offers (conversation_id);
CREATE INDEX offers_pending_expiry ON offers (expires_at) WHERE status = 'PENDING';
