-- Computed lifecycle dates stored with each agreement, so that lists filter and sort in SQL.
-- The values come from LifecycleCalculator (never typed in) and are rewritten on every save of
-- the agreement; rows stored before this migration are filled when the application starts
-- (AgreementLifecycleBackfill), because only the calculator knows the rules.
-- Vendor-neutral SQL: runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

alter table agreement add column in_force_from date;
alter table agreement add column expires_on date;
alter table agreement add column notice_deadline date;
alter table agreement add column review_starts_on date;
alter table agreement add column terminated_on date;

-- Sort keys, one index per direction (ties by id in the same direction, nulls last as the API
-- promises; H2 does not scan an index backwards for ORDER BY), also for the expiring-before filter
create index agreement_signed_on_desc on agreement (signed_on desc nulls last, id desc);
create index agreement_signed_on_asc on agreement (signed_on asc nulls last, id asc);
create index agreement_expires_on_asc on agreement (expires_on asc nulls last, id asc);
create index agreement_expires_on_desc on agreement (expires_on desc nulls last, id desc);
create index agreement_instrument_signed_on on agreement (instrument, signed_on);

-- The status on every day as consecutive periods (LifecycleCalculator.timeline): from/to are
-- counted in, null means since ever / from then on. "Status S on day D" is a row with status S
-- whose period contains D.
create table agreement_status_period (
  agreement_id bigint not null references agreement(id) on delete cascade,
  idx integer not null,
  status varchar(20) not null,
  starts_on date,
  ends_on date,
  primary key (agreement_id, idx)
);
create index agreement_status_period_status on agreement_status_period (status, starts_on);

-- Filters that join from the agreement to its parties' countries, areas and activity forms
create index organisation_country on organisation (country);
create index agreement_party_agreement on agreement_party (agreement_id, organisation_id);
create index agreement_area_code on agreement_area (area_code);
create index agreement_activity_form_code on agreement_activity_form (form_code);
