-- Zukunftswerkstatt: the phases participants may post into, comma-separated (e.g. 'CRITIQUE' or
-- 'CRITIQUE,FANTASY'; empty: posting closed). Starting a phase opens it alone; the moderation opens or closes
-- further phases. Existing workshops: their current phase.
alter table workshop add column open_phases varchar(60);
update workshop set open_phases = phase;
