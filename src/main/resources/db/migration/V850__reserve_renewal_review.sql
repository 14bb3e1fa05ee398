-- Renewal after a review (issue 13): "a listing lapses at the end of its validity unless renewed after a review". The
-- owner asks for a renewal; the call's managers score it again in a renewal round (the call's current one is kept on
-- the call, a later round replaces it for new renewals) as a subject of its own; only a decision after that review
-- extends the listing, and the pending renewal is then cleared.
alter table reserve_call add column renewal_round_id bigint references evaluation_round (id);

alter table reserve_project add column renewal_requested_at timestamptz;
alter table reserve_project add column renewal_round_id bigint references evaluation_round (id);
alter table reserve_project add column renewal_subject_id bigint unique references evaluation_subject (id);
-- a round started while nobody asked would be a bug: a review needs a request
alter table reserve_project add constraint reserve_project_renewal_requested_ck
    check (renewal_subject_id is null or renewal_requested_at is not null);
