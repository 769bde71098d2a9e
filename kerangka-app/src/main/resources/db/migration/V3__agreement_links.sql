-- Lineage: an agreement amends, extends, supersedes or implements other agreements.
-- Stored as a list of the linking agreement, like agreement_area and agreement_source.
-- Vendor-neutral SQL: runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

create table agreement_link (
  agreement_id bigint not null references agreement(id) on delete cascade,
  idx integer not null,
  kind varchar(20) not null,
  target_id bigint not null references agreement(id),
  primary key (agreement_id, idx)
);
create index agreement_link_target on agreement_link (target_id);
