-- One customer across channels: every way a channel names a person points at one customer.
-- identity is "email:<address lower-cased>", "phone:<E.164>" or "<provider>:<handle>" (telegram:12345).
CREATE TABLE customer_identities (
    identity    text PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    created_at  timestamptz NOT NULL
);
CREATE INDEX customer_identities_customer ON customer_identities (customer_id);

ALTER TABLE customers ADD COLUMN tier text;   -- the tier a connector last reported (metadata customerTier)
CREATE INDEX conversations_customer ON conversations (customer_id, created_at DESC);
-- The reopen window looks up the last closed conversation of a thread.
CREATE INDEX conversations_closed_key ON conversations (conversation_key, closed_at DESC) WHERE status = 'CLOSED';

-- Teams as {"names": [...]}: Hibernate Reactive reads a JSON object here, not a bare array.
ALTER TABLE agents ADD COLUMN teams jsonb NOT NULL DEFAULT '{"names": []}';

-- Routing rules as data: each change is a new immutable version; the highest version is current.
CREATE TABLE routing_rules (
    version    integer PRIMARY KEY,
    rules      jsonb       NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL
);

-- Version 1: defaults under which a fresh system routes. RoutingRulesSeedTest checks they pass validation.
INSERT INTO routing_rules (version, rules, created_at, created_by) VALUES (1, $rules$
{
  "defaultSkills": {
    "PHONE": {"callbacks": 1}
  },
  "rules": [
    {"name": "callback after a missed call or voicemail", "flags": ["MISSED_CALL", "VOICEMAIL", "ABANDONED_CALL", "CALLBACK_REQUESTED"],
     "skills": {"callbacks": 1}, "priority": 50},
    {"name": "public social post", "flags": ["PUBLIC_POST"], "skills": {"social-care": 2}, "priority": 40},
    {"name": "premium customers", "customerTiers": ["gold", "platinum", "vip"], "priority": 60},
    {"name": "billing (en)", "languages": ["en"],
     "keywords": ["invoice", "refund", "charged", "charge", "payment", "bill", "billing", "receipt"], "skills": {"billing": 2}},
    {"name": "billing (es)", "languages": ["es"],
     "keywords": ["factura", "reembolso", "cobro", "cobrado", "pago", "recibo"], "skills": {"billing": 2}},
    {"name": "billing (hi)", "languages": ["hi"],
     "keywords": ["बिल", "भुगतान", "रिफंड", "पैसे", "refund", "paise", "bill", "bhugtan"], "skills": {"billing": 2}},
    {"name": "orders and delivery (en)", "languages": ["en"],
     "keywords": ["order", "delivery", "shipping", "parcel", "package", "tracking"], "skills": {"orders": 2}},
    {"name": "orders and delivery (es)", "languages": ["es"],
     "keywords": ["pedido", "envío", "entrega", "paquete"], "skills": {"orders": 2}},
    {"name": "orders and delivery (hi)", "languages": ["hi"],
     "keywords": ["ऑर्डर", "डिलीवरी", "order", "delivery", "aaya"], "skills": {"orders": 2}},
    {"name": "urgent wording (en)", "languages": ["en"],
     "pattern": "\\b(urgent|asap|immediately|emergency|fraud|stolen)\\b", "priority": 70},
    {"name": "urgent wording (es)", "languages": ["es"],
     "pattern": "\\b(urgente|inmediatamente|fraude|robad[oa])\\b", "priority": 70}
  ],
  "sla": {
    "CHAT":   [{"minPriority": 0, "firstResponse": "PT2M"},  {"minPriority": 50, "firstResponse": "PT1M"}],
    "SMS":    [{"minPriority": 0, "firstResponse": "PT15M"}, {"minPriority": 50, "firstResponse": "PT5M"}],
    "SOCIAL": [{"minPriority": 0, "firstResponse": "PT1H"},  {"minPriority": 50, "firstResponse": "PT15M"}],
    "PHONE":  [{"minPriority": 0, "firstResponse": "PT1H"},  {"minPriority": 50, "firstResponse": "PT15M"}],
    "EMAIL":  [{"minPriority": 0, "firstResponse": "PT24H"}, {"minPriority": 50, "firstResponse": "PT4H"}]
  },
  "stages": [
    {"after": "PT0S",  "minLanguageLevel": 4, "skillLevelRelaxation": 0},
    {"after": "PT30S", "minLanguageLevel": 3, "skillLevelRelaxation": 1},
    {"after": "PT2M",  "minLanguageLevel": 1, "skillLevelRelaxation": 4},
    {"after": "PT5M",  "minLanguageLevel": 1, "skillLevelRelaxation": 4, "dropSkills": ["billing", "orders", "callbacks", "social-care"]}
  ]
}
$rules$::jsonb, now(), 'flyway');
