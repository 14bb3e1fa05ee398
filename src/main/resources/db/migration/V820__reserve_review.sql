-- The reserve's review (issue 13): who manages a call, the zone its window is read in, the evaluation round its
-- projects are reviewed in, and each project's subject in that round. V820-V829 belong to the review.

-- the zone the call's days are counted in, as a competition's window (existing calls ran on China's calendar)
alter table reserve_call add column time_zone varchar(60) not null default 'Asia/Shanghai';
-- null until the manager adds the call's review round
alter table reserve_call add column evaluation_round_id bigint unique references evaluation_round (id);

-- the programme managers named on a call; administrators manage every call without a row here
create table reserve_call_manager (
    call_id bigint not null references reserve_call (id) on delete cascade,
    user_id bigint not null references user_account (id),
    primary key (call_id, user_id)
);
create index reserve_call_manager_user_idx on reserve_call_manager (user_id);

-- null until review starts; then the project is this subject of the call's round
alter table reserve_project add column evaluation_subject_id bigint unique references evaluation_subject (id);
-- the nightly lapse job reads listed projects by their last valid day
create index reserve_project_listed_until_idx on reserve_project (listed_until) where status = 'LISTED';
