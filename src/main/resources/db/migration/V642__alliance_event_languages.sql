-- Alliance events' title, place and description in every interface language; what was typed stays the English text.
alter table alliance_event
    add column title_zh       varchar(300) collate "und-x-icu",
    add column title_th       varchar(300) collate "und-x-icu",
    add column title_vi       varchar(300) collate "und-x-icu",
    add column location_zh    varchar(300),
    add column location_th    varchar(300),
    add column location_vi    varchar(300),
    add column description_zh varchar(4000),
    add column description_th varchar(4000),
    add column description_vi varchar(4000);
