-- The programmes' figures in a zone's indicators (issue 12): the green impact its organisations reported in the
-- programmes (energy saved, CO2 avoided; defined in docs/zone-accounting.md) and the green project reserve's listed
-- projects and the financing they raised, all counted, none typed in by the zone.
insert into zone_indicator (set_id, code, position, name_en, name_zh, name_th, name_vi, unit, direction, source,
                            reference_low, reference_high)
select s.id, i.code, i.position, i.name_en, i.name_zh, i.name_th, i.name_vi, i.unit, i.direction, i.source, null, null
from zone_indicator_set s,
     (values
        ('PROGRAMME_ENERGY_SAVED', 20, 'Energy saved, as reported in the programmes', '各项目上报的节能量',
         'ปริมาณพลังงานที่ประหยัดได้ตามที่รายงานในโครงการต่าง ๆ', 'Năng lượng tiết kiệm được theo báo cáo trong các chương trình',
         'TONNES_STANDARD_COAL', 'HIGHER_IS_BETTER', 'COUNTED_FROM_PROGRAMMES'),
        ('PROGRAMME_CO2_AVOIDED', 21, 'CO2 emissions avoided, as reported in the programmes', '各项目上报的二氧化碳减排量',
         'ปริมาณก๊าซเรือนกระจกที่ลดได้ตามที่รายงานในโครงการต่าง ๆ', 'Lượng phát thải giảm được theo báo cáo trong các chương trình',
         'TONNES_CO2', 'HIGHER_IS_BETTER', 'COUNTED_FROM_PROGRAMMES'),
        ('RESERVE_GREEN_FINANCING', 22, 'Green financing raised by projects in the green project reserve',
         '绿色项目储备库入库项目获得的绿色融资', 'เงินทุนสีเขียวที่โครงการในคลังโครงการสีเขียวระดมได้',
         'Vốn xanh mà các dự án trong danh mục dự án xanh huy động được',
         'YUAN', 'HIGHER_IS_BETTER', 'COUNTED_FROM_PROGRAMMES'),
        ('RESERVE_LISTED_PROJECTS', 23, 'Projects listed in the green project reserve', '绿色项目储备库入库项目数',
         'จำนวนโครงการที่ขึ้นทะเบียนในคลังโครงการสีเขียว', 'Số dự án được đưa vào danh mục dự án xanh',
         'COUNT', 'HIGHER_IS_BETTER', 'COUNTED_FROM_PROGRAMMES')
     ) as i (code, position, name_en, name_zh, name_th, name_vi, unit, direction, source)
where s.code = 'NATIONAL_PLAN';
