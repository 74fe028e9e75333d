-- OpenKlacht schema, version 1: organisation, complaints with their history, numbering, event publications.

create table department (
    code varchar(40) primary key,
    name varchar(200) not null
);

create table staff_member (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    roles         varchar(200) not null, -- comma-separated: COORDINATOR,HANDLER,MANAGER,ADMIN
    enabled       boolean      not null default true
);

create table staff_member_department (
    username        varchar(100) not null references staff_member (username) on delete cascade,
    department_code varchar(40)  not null references department (code),
    primary key (username, department_code)
);

-- One counter row per prefix and year; the upsert that takes the next number locks the row until the intake
-- transaction commits, so numbers are unique across instances and a number exists only with its submission.
create table complaint_number_counter (
    prefix     varchar(20) not null,
    year       int         not null,
    last_value bigint      not null,
    primary key (prefix, year)
);

create table complaint (
    id                            uuid primary key,
    version                       bigint       not null,
    reference                     varchar(40)  not null unique,
    channel                       varchar(20)  not null,
    received_at                   timestamptz  not null,
    receipt_date                  date         not null,
    complainant_name              varchar(200),
    complainant_email             varchar(320),
    complainant_phone             varchar(40),
    complainant_street            varchar(200),
    complainant_house_number      varchar(20),
    complainant_postal_code       varchar(10),
    complainant_city              varchar(100),
    subject                       varchar(300),
    text                          text         not null,
    incident_date                 date,
    remedy_sought                 text,
    status                        varchar(30)  not null,
    kind                          varchar(30),
    triage_reason                 text,
    routed_to                     varchar(200),
    req_written                   boolean,
    req_about_conduct_towards_complainant boolean,
    req_signed                    boolean,
    req_name_and_address          boolean,
    req_dated                     boolean,
    req_conduct_described         boolean,
    administrative_body           varchar(30),
    concerns_administrative_body  boolean      not null default false,
    advisory_procedure            boolean      not null default false,
    department                    varchar(40) references department (code),
    handler                       varchar(100),
    acknowledgment_due            date,
    acknowledged_on               date,
    due_date                      date,
    extension_weeks               int,
    extended_due_date             date,
    extension_reason              text,
    consented_due_date            date,
    consent_received_on           date,
    notice_due                    date,
    not_handled_notice_sent_on    date,
    informal_contact_on           date,
    informal_notes                text,
    satisfaction_confirmation     text,
    not_handled_ground            varchar(40),
    not_handled_explanation       text,
    involved_copy_sent_on         date,
    complainant_hearing_waiver    varchar(30),
    advice_received_on            date,
    advice_text                   text,
    decision_findings             text,
    decision_judgment             varchar(30),
    decision_conclusions          text,
    decision_measures             text,
    decided_on                    date,
    withdrawal_reason             text,
    outcome                       varchar(30),
    closed_on                     date,
    retention_result              varchar(40),
    destroy_after                 date
);

create index complaint_status_idx on complaint (status);
create index complaint_department_idx on complaint (department);
create index complaint_handler_idx on complaint (handler);
create index complaint_received_idx on complaint (received_at desc);

create table complaint_involved_employee (
    complaint_id uuid         not null references complaint (id) on delete cascade,
    position     int          not null,
    name         varchar(200) not null,
    primary key (complaint_id, position)
);

create table complaint_hearing (
    complaint_id uuid        not null references complaint (id) on delete cascade,
    position     int         not null,
    party        varchar(30) not null,
    held_on      date        not null,
    report       text        not null,
    primary key (complaint_id, position)
);

-- Who did or saw what, when: every change and every staff read of personal data (Awb 9:12a register, AVG).
create table complaint_history (
    id          bigserial primary key,
    reference   varchar(40)  not null,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(60)  not null,
    details     text
);

create index complaint_history_reference_idx on complaint_history (reference, id);

-- Spring Modulith's event publication registry (JPA), so a failed listener is retried, not lost.
create table event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    int         not null default 0,
    last_resubmission_date timestamptz
);

create index event_publication_incomplete_idx on event_publication (completion_date);

create table event_publication_archive (like event_publication including all);
