-- A later ombudsman case about a closed complaint (Awb 9:18-9:24); it changes the retention result to 13.1.2.
alter table complaint
    add column ombudsman                varchar(20),
    add column ombudsman_case_reference varchar(100),
    add column ombudsman_opened_on      date,
    add column ombudsman_outcome        text,
    add column ombudsman_outcome_on     date;
