-- Summaries of the implementation records that the monitoring dashboard reads instead of
-- aggregating a million activity rows on every request. Both are kept up to date by
-- ActivityService in the same transaction as every activity write (insert, update, delete).
-- Vendor-neutral SQL (H2 MODE=PostgreSQL and PostgreSQL).

-- One row per agreement that has (or had) activities.
--   activity_count    activities under the agreement, whatever their status
--   ongoing_count     activities that have started (actual_start) and not ended (no actual_end),
--                     in status IMPLEMENTATION or FINALISATION: the agreement is active today
--   last_activity_on  latest actual_end, else actual_start, of the activities that are not
--                     CANCELLED; NULL when none has started
create table agreement_activity_summary (
  agreement_id bigint primary key references agreement(id) on delete cascade,
  activity_count integer not null,
  ongoing_count integer not null,
  last_activity_on date
);
create index agreement_activity_summary_last on agreement_activity_summary (last_activity_on);

-- Activities per cell of the overall area x activity-form coverage matrix. An activity without an
-- area or form code counts under '' (empty string), so that the key never holds NULL.
create table activity_coverage (
  area_code varchar(40) not null,
  form_code varchar(40) not null,
  activity_count integer not null,
  primary key (area_code, form_code)
);
