-- The cost category of a consultant invoice (issue 7): external consulting or material costs for public relations
-- and events, chosen when submitting; the approval books the expense in it. Existing invoices were consulting.
alter table funding_invoice add column category varchar(40) default 'EXTERNAL_CONSULTING' not null;
