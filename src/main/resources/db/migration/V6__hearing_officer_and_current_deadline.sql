-- Who heard the party (Awb 9:7: never someone involved).
alter table complaint_hearing add column heard_by varchar(200);

-- The deadline in force, kept by the aggregate with its deadlines, so that work lists find overdue cases by index.
alter table complaint add column current_due_date date;
update complaint set current_due_date = coalesce(consented_due_date, extended_due_date, due_date);
create index complaint_open_due_idx on complaint (status, current_due_date);
