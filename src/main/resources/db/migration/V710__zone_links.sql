-- Zones (issue 12): organisations and incubators point at a zone record instead of naming their zone as free text.
-- The text stays as the fallback for a zone GreenHub has no record of (a zone abroad, a zone not yet entered).
-- The foreign key keeps a link from pointing at nothing; zones are never deleted, so nothing cascades.
alter table organisation add column zone_id bigint references zone (id);
create index organisation_zone_idx on organisation (zone_id) where zone_id is not null;
alter table incubator add column zone_id bigint references zone (id);
create index incubator_zone_idx on incubator (zone_id) where zone_id is not null;

-- The zone a typed text names: its code or any of its four names, compared trimmed and case-insensitive. Null when no
-- zone or more than one zone matches (two zones sharing a name are left for a person to choose between).
create function zone_named_by(typed text) returns bigint language sql stable as $$
    select case when count(*) = 1 then min(z.id) end
      from zone z
     where nullif(lower(btrim(typed)), '') in (lower(btrim(z.code)), lower(btrim(z.name_en)), lower(btrim(z.name_zh)),
                                               lower(btrim(z.name_th)), lower(btrim(z.name_vi)))
$$;

-- Rows whose text names a zone point at it; the text then goes, since the zone's record names it in every language
-- (and would otherwise go stale when the zone is renamed). Text that names no zone stays as it was typed.
update organisation set zone_id = zone_named_by(zone), zone = null
 where zone_id is null and zone_named_by(zone) is not null;
update incubator set zone_id = zone_named_by(zone), zone = null
 where zone_id is null and zone_named_by(zone) is not null;

drop function zone_named_by(text);
