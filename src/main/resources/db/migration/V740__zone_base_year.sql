-- The year a zone's long-run CO2 target counts from (the average annual change since the base year). 2020 is the base
-- year of the national plan's current period, so every existing zone starts there; zone administrators may change it.
alter table zone add column base_year integer not null default 2020;
alter table zone add constraint zone_base_year_ck check (base_year between 1900 and 2100);
