-- The public reserve (issue 13, funders): search in any script through a folded key (platform SearchKey: case and
-- accents removed, Chinese and Thai kept), and the listed projects filtered and paged in the database.
alter table reserve_project add column search_key varchar(4500) not null default '';
update reserve_project set search_key = lower(title || ' ' || coalesce(location, '') || ' ' || summary);
-- the public pages and GET /api/reserve/projects read listed projects only, best grade first
create index reserve_project_listed_idx on reserve_project (grade, listed_from desc, id desc) where status = 'LISTED';
create index reserve_project_listed_category_idx on reserve_project (category, financing_sought_yuan)
    where status = 'LISTED';
create index reserve_project_instrument_idx on reserve_project_instrument (instrument, project_id);
