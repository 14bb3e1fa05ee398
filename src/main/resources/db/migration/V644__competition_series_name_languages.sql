-- Competition series names in every interface language (editions already have their texts per language); the name
-- typed at creation stays the English one.
alter table competition
    add column series_name_zh varchar(200) collate "und-x-icu",
    add column series_name_th varchar(200) collate "und-x-icu",
    add column series_name_vi varchar(200) collate "und-x-icu";
