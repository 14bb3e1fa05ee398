-- Competition (issue 10): an entry's reference no longer shows its database id. It was "E" and the id ("E00012"),
-- and the entry page is addressed by that id. Now every entry carries an opaque code stored with it: "E" and six
-- characters drawn from a CSPRNG (gen_random_uuid), in an alphabet without 0/O, 1/I/L and U, so codes read aloud and
-- typed into score imports stay unambiguous. This is V432, not a number in the competition range V300-V329: Flyway
-- refuses a migration numbered below what a database already has (V431).

-- A new unused code. Every way an entry is created gets it: the application asks for one, and the column default
-- covers rows written in SQL.
create function competition_entry_new_reference() returns varchar(12) language plpgsql volatile as $$
declare
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTVWXYZ';
    random_bytes bytea;
    code text;
begin
    loop
        random_bytes := uuid_send(gen_random_uuid());
        code := 'E';
        -- the first six bytes of a version-4 UUID are all random
        for i in 0..5 loop
            code := code || substr(alphabet, 1 + get_byte(random_bytes, i) % length(alphabet), 1);
        end loop;
        exit when not exists (select 1 from competition_entry where reference = code);
    end loop;
    return code;
end
$$;

alter table competition_entry add column reference varchar(12);
-- Built before the codes are given out, so that each draw's look-up is an index probe rather than a scan.
create unique index competition_entry_reference_uk on competition_entry (reference);

-- Entries of an edition whose award result is recorded keep their old reference: the recorded (and perhaps published)
-- SHA-256 of the ranking names them, and the transparency pack must still recompute to it.
update competition_entry e
   set reference = 'E' || case when e.id < 100000 then lpad(e.id::text, 5, '0') else e.id::text end
 where exists (select 1 from award_result r where r.competition_id = e.competition_id);

-- Every other entry gets a code. The function is volatile, so each call sees the codes this statement gave before it.
update competition_entry set reference = competition_entry_new_reference() where reference is null;

-- Judges, results and exports read the reference through the entry's evaluation subject: it follows.
update evaluation_subject s
   set reference = e.reference
  from competition_entry e
 where e.evaluation_subject_id = s.id and s.reference <> e.reference;

alter table competition_entry alter column reference set not null;
alter table competition_entry alter column reference set default competition_entry_new_reference();
alter table competition_entry add constraint competition_entry_reference_uk unique using index competition_entry_reference_uk;
