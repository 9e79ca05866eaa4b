-- Newsletter sending as a background job (network module): an issue is DRAFT, SENDING (a job delivers it) or SENT.
-- Each recipient is a row of newsletter_delivery, claimed (PENDING/RETRY -> SENDING) by a conditional update before
-- its mail goes out and marked SENT afterwards, so a resumed job never sends twice; failures are kept with the
-- error and retried up to a bounded number of attempts (RETRY, then FAILED).
alter table newsletter_issue drop constraint newsletter_issue_status;
alter table newsletter_issue add constraint newsletter_issue_status check (status in ('DRAFT', 'SENDING', 'SENT'));
alter table newsletter_issue add column job_id uuid;

alter table newsletter_delivery add column status varchar(20) default 'SENT' not null;
alter table newsletter_delivery add column attempts integer default 0 not null;
alter table newsletter_delivery add column claimed_at timestamp;
alter table newsletter_delivery add column next_attempt_at timestamp;
alter table newsletter_delivery add column last_error varchar(500);
alter table newsletter_delivery alter column sent_at drop not null;
alter table newsletter_delivery add constraint newsletter_delivery_status
    check (status in ('PENDING', 'SENDING', 'RETRY', 'SENT', 'FAILED', 'SKIPPED'));
create index newsletter_delivery_state on newsletter_delivery (issue_id, status);
