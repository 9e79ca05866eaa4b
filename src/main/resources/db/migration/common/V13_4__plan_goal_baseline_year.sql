-- The year of a goal's baseline; for a statistics indicator the baseline is taken from the Kommunalprofil for
-- that year when none is entered.
alter table plan_goal add column baseline_year integer;
