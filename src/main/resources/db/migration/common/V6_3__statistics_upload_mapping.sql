-- The browser import keeps the column mapping the user confirmed for a quarter table (as JSON) and the licence and
-- attribution the user gave for a file that names none with the staged upload.
alter table statistics_upload add column mapping_spec text;
alter table statistics_upload add column mapping_confirmed boolean default false not null;
alter table statistics_upload add column licence varchar(200);
alter table statistics_upload add column attribution varchar(2000);
