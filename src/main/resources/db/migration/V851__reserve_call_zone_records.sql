-- Zones on a reserve call (issue 13): a call's zone rule names zone records, no longer free-text codes, and screening
-- compares zone ids. Every code a call held that names exactly one zone by its code (trimmed, any case) becomes a link
-- to that zone and the code goes, as V710 linked organisations and incubators; a code that names no zone stays in
-- reserve_call_zone as it was declared. Zones are never deleted, so nothing cascades from them.
create table reserve_call_zone_record (
    call_id bigint not null references reserve_call (id) on delete cascade,
    zone_id bigint not null references zone (id),
    primary key (call_id, zone_id)
);

insert into reserve_call_zone_record (call_id, zone_id)
select distinct c.call_id, z.id
  from reserve_call_zone c
  join zone z on lower(btrim(z.code)) = lower(btrim(c.zone_code))
on conflict do nothing;

delete from reserve_call_zone c
 using zone z
 where lower(btrim(z.code)) = lower(btrim(c.zone_code));
