-- The offers the FI team points to in a reply (issue 19): each reply's offers, deleted with the
-- reply when retention deletes the conversation; and a count per offer and month, which
-- outlives the conversation and names no request, for the lead's figure of how often each
-- offer was pointed to.
CREATE TABLE sparring_message_offers (
    message_id BIGINT NOT NULL REFERENCES sparring_messages (id) ON DELETE CASCADE,
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    PRIMARY KEY (message_id, offer_id)
);

CREATE TABLE offer_pointers (
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    month TEXT NOT NULL,                      -- 'YYYY-MM' the reply was sent
    pointed BIGINT NOT NULL CHECK (pointed >= 1),
    PRIMARY KEY (offer_id, month)
);
