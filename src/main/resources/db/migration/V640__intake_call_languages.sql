-- Intake call titles and descriptions in every interface language. The existing single text was typed for every
-- reader and stays the English one (the fallback shown, marked, to readers whose language has no text).
alter table intake_call
    add column title_zh       varchar(300) collate "und-x-icu",
    add column title_th       varchar(300) collate "und-x-icu",
    add column title_vi       varchar(300) collate "und-x-icu",
    add column description_zh varchar(4000),
    add column description_th varchar(4000),
    add column description_vi varchar(4000);
