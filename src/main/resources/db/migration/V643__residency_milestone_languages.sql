-- Residency milestones' title and unit in every interface language; what was typed stays the English text.
alter table residency_milestone
    add column title_zh varchar(200),
    add column title_th varchar(200),
    add column title_vi varchar(200),
    add column unit_zh  varchar(40),
    add column unit_th  varchar(40),
    add column unit_vi  varchar(40);
