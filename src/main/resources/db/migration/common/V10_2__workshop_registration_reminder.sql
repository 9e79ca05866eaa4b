-- the reminder the day before a workshop goes out once per registration
alter table workshop_registration add column reminded_at timestamp;
