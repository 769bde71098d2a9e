-- Summaries that the monitoring dashboard reads instead of scanning the 100k-400k rows of
-- agreements, parties, areas and status periods when it is computed after a write (issue 6).
-- Derived caches, never typed in: DashboardSummaries keeps them in the same transaction as every
-- write that changes what they summarise (agreement save or delete, activity write, organisation
-- country change) and rebuilds them from scratch after bulk SQL loads, with the same statements
-- as the fill below. (V8 is intentionally absent.)
-- Vendor-neutral SQL (H2 MODE=PostgreSQL and PostgreSQL).

-- Agreements per partner country (with how many are implemented: their activity summary has a
-- last_activity_on), per committed cooperation area and per instrument. An agreement counts once
-- per distinct key. Rows are kept at zero rather than deleted; readers skip zeros.
create table dashboard_count (
  dimension varchar(10) not null,   -- COUNTRY, AREA or INSTRUMENT
  code varchar(40) not null,
  agreements bigint not null,
  implemented bigint not null,      -- COUNTRY only; 0 for the others
  primary key (dimension, code)
);

-- The status periods (agreement_status_period) as changes per (status, day): how many periods of
-- the status start on the day (0001-01-01 stands for "since ever") and how many end on it (counted
-- in). Agreements with status S on day D = sum(starts, changed_on <= D) - sum(ends, changed_on < D).
create table status_change (
  status varchar(20) not null,
  changed_on date not null,
  starts integer not null,
  ends integer not null,
  primary key (status, changed_on)
);

-- One row per span in which an agreement binds its parties (consecutive status periods IN_FORCE,
-- EXPIRING or EXTENDED; null = since ever / from then on), with what the dashboard's expiry,
-- dormancy and timeline need from the agreement and its activity summary, so that those read an
-- index range of this narrow table instead of looking up periods and summaries per agreement.
--   quiet_since   the later of signed_on and last_activity_on when nothing is ongoing
--                 (ongoing_count = 0) and the agreement is signed; null otherwise (never dormant)
create table agreement_binding (
  agreement_id bigint not null references agreement(id) on delete cascade,
  starts_on date,
  ends_on date,
  in_force_from date,
  expires_on date,
  signed_on date,
  last_activity_on date,
  quiet_since date
);
create index agreement_binding_agreement on agreement_binding (agreement_id);
create index agreement_binding_expires on agreement_binding (expires_on, agreement_id);
create index agreement_binding_quiet on agreement_binding (quiet_since);

-- Fill from the rows already stored (the same statements as DashboardSummaries.rebuild)
insert into dashboard_count (dimension, code, agreements, implemented)
select 'COUNTRY', c.country, count(*),
       sum(case when s.last_activity_on is not null then 1 else 0 end)
  from (select distinct p.agreement_id, o.country
          from agreement_party p join organisation o on o.id = p.organisation_id
         where o.country is not null and o.country <> 'ID') c
  left join agreement_activity_summary s on s.agreement_id = c.agreement_id
 group by c.country;

insert into dashboard_count (dimension, code, agreements, implemented)
select 'AREA', area_code, count(distinct agreement_id), 0
  from agreement_area where area_code is not null group by area_code;

insert into dashboard_count (dimension, code, agreements, implemented)
select 'INSTRUMENT', instrument, count(*), 0 from agreement group by instrument;

insert into status_change (status, changed_on, starts, ends)
select status, changed_on, sum(starts), sum(ends)
  from (select status, coalesce(starts_on, date '0001-01-01') as changed_on, 1 as starts,
               0 as ends
          from agreement_status_period
         where starts_on is null or ends_on is null or starts_on <= ends_on
        union all
        select status, ends_on, 0, 1
          from agreement_status_period
         where ends_on is not null and (starts_on is null or starts_on <= ends_on)) x
 group by status, changed_on;

insert into agreement_binding
  (agreement_id, starts_on, ends_on, in_force_from, expires_on, signed_on, last_activity_on,
   quiet_since)
select p.agreement_id, p.starts_on,
       (select e.ends_on from agreement_status_period e
         where e.agreement_id = p.agreement_id
           and e.idx = coalesce(
                 (select min(n.idx) - 1 from agreement_status_period n
                   where n.agreement_id = p.agreement_id and n.idx > p.idx
                     and n.status not in ('IN_FORCE', 'EXPIRING', 'EXTENDED')),
                 (select max(m.idx) from agreement_status_period m
                   where m.agreement_id = p.agreement_id))),
       a.in_force_from, a.expires_on, a.signed_on, s.last_activity_on,
       case when a.signed_on is null or coalesce(s.ongoing_count, 0) > 0 then null
            when s.last_activity_on is null or s.last_activity_on < a.signed_on then a.signed_on
            else s.last_activity_on end
  from agreement_status_period p
  join agreement a on a.id = p.agreement_id
  left join agreement_activity_summary s on s.agreement_id = p.agreement_id
 where p.status in ('IN_FORCE', 'EXPIRING', 'EXTENDED')
   and not exists (select 1 from agreement_status_period b
                    where b.agreement_id = p.agreement_id and b.idx = p.idx - 1
                      and b.status in ('IN_FORCE', 'EXPIRING', 'EXTENDED'));
