-- A submission sent twice (a double click, a retried request, the same e-mail fetched again) is received once:
-- the sender's key for it is remembered with the number it got.
create table submission_key (
    key        varchar(200) primary key,
    reference  varchar(40),
    -- a hash of what was sent: the same key with other content is a client error, never a silent loss
    fingerprint varchar(64) not null,
    created_at timestamptz not null default now()
);
