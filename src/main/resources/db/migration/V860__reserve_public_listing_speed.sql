-- The public reserve at 100,000 listed projects (issue 13: a filtered page under 100 ms). Measured with
-- reserve.bench.PublicReserveBenchmark; the figures are in docs/performance.md.

-- Search in any script: the folded key is matched with LIKE '%word%', which a B-tree cannot serve. Trigrams can, for
-- every word of three characters or more (a trusted extension since PostgreSQL 13: the database owner may create it).
create extension if not exists pg_trgm;
create index reserve_project_listed_search_idx on reserve_project using gin (search_key gin_trgm_ops)
    where status = 'LISTED';

-- Filters and counts: every filter column of the public listing in one partial index, so that a filtered count (and
-- the count of all listed projects) reads the index alone, and a category filter starts from its own rows. It takes
-- the place of the narrower category index.
create index reserve_project_listed_filter_idx on reserve_project (category, stage, financing_sought_yuan)
    include (grade, listed_from, listed_until, zone_code) where status = 'LISTED';
drop index reserve_project_listed_category_idx;

-- The count of every listed project (the first page's paginator): a narrow index of the listing dates, read alone,
-- instead of a scan of the wide project rows. Its first column still serves the lapse job (listed_until < today),
-- so it takes the place of that job's index.
create index reserve_project_listed_dates_idx on reserve_project (listed_until, listed_from) where status = 'LISTED';
drop index reserve_project_listed_until_idx;
