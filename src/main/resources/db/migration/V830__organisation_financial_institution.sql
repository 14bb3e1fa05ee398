-- Funders of the green project reserve (issue 13): an organisation of the new kind FINANCIAL_INSTITUTION says which
-- kind of institution it is. The column is organisation's; it sits in the reserve's range (V830-V839, the funders'
-- part) because the reserve is what needs it.
alter table organisation add column institution_type varchar(40);
alter table organisation add constraint organisation_institution_type_ck
    check (institution_type is null or kind = 'FINANCIAL_INSTITUTION');
