-- Carry-over (issue 7): the share of a year's unused budget that is added to the next year's limit, per programme.
alter table funding_rules add column carry_over_percent numeric(5, 2) default 0 not null;
