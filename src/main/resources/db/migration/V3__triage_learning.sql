-- The classifier's suggestion, stored with the submission it was made for.
alter table complaint
    add column suggested_kind                  varchar(30),
    add column suggested_kind_confidence       double precision,
    add column suggested_department            varchar(40),
    add column suggested_department_confidence double precision,
    add column suggestion_explanation          text,
    add column suggestion_model_version        varchar(60);

-- Every triage decision with the suggestion it got: the material the model learns from.
create table triage_decision (
    reference           varchar(40) primary key,
    text                text        not null,
    suggested_kind      varchar(30),
    suggested_department varchar(40),
    model_version       varchar(60),
    decided_kind        varchar(30) not null,
    decided_department  varchar(40),
    decided_by          varchar(100) not null,
    decided_at          timestamptz not null
);

-- Which model was trained when, on what.
create table triage_model (
    version        varchar(60) not null,
    trained_at     timestamptz not null,
    corpus_size    int         not null,
    decisions_used int         not null,
    trigger        varchar(20) not null,
    training_millis bigint     not null,
    primary key (version, trained_at)
);
