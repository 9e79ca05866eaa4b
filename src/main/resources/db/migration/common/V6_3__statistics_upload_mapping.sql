-- The browser import keeps the column mapping the user confirmed for a quarter table (as JSON) with the staged upload.
alter table statistics_upload add column mapping_spec text;
alter table statistics_upload add column mapping_confirmed boolean default false not null;
