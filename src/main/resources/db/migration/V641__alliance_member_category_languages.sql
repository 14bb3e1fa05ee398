-- Member categories in every interface language. The existing name stays the English one, with two exceptions
-- that keep what was typed and lose nothing:
alter table alliance_member_category
    add column name_zh varchar(200) collate "und-x-icu",
    add column name_th varchar(200) collate "und-x-icu",
    add column name_vi varchar(200) collate "und-x-icu";

-- 1. The four default categories (created from the bundles in English) get the bundles' translations.
update alliance_member_category c
   set name_zh = d.zh, name_th = d.th, name_vi = d.vi
  from (values ('Chair unit', '理事长单位', 'หน่วยงานประธาน', 'Đơn vị chủ tịch'),
               ('Vice-chair unit', '副理事长单位', 'หน่วยงานรองประธาน', 'Đơn vị phó chủ tịch'),
               ('Council member unit', '理事单位', 'หน่วยงานกรรมการ', 'Đơn vị ủy viên hội đồng'),
               ('Ordinary member unit', '普通成员单位', 'หน่วยงานสมาชิกสามัญ', 'Đơn vị thành viên thường')) as d (en, zh, th, vi)
 where c.name = d.en;

-- 2. A name typed in two languages at once ("Ordinary member unit 普通成员单位", shown as such on a Thai page) is
--    split: the Latin part before the first Chinese character is the English name, the rest the Chinese one.
update alliance_member_category
   set name_zh = substring(name from '[\u4e00-\u9fff].*$'),
       name = btrim(substring(name from '^[^\u4e00-\u9fff]*'))
 where name ~ '^[A-Za-z][^\u4e00-\u9fff]*\s[\u4e00-\u9fff]' and name_zh is null;
