-- Zukunftswerkstatt: personal data (registrations, the stored Zufallsbürger sample, guest nicknames) are deleted
-- daks.workshop.personal-data-days after the event by a scheduled job; the job claims each workshop once by setting
-- this column (several nodes never delete twice, and a failed run is rolled back with its claim).
alter table workshop add column personal_data_deleted_at timestamp;
