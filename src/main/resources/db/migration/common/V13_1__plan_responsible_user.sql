-- A measure's responsible person can be a user of the Kommune's team (the free-text name and unit stay).
alter table plan_measure add column responsible_user_id uuid;
alter table plan_measure add constraint plan_measure_responsible_user foreign key (responsible_user_id)
    references app_user (id) on delete set null;
create index plan_measure_responsible_user on plan_measure (responsible_user_id);
