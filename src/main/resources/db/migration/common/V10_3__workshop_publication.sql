-- Zukunftswerkstatt: the Kommune team publishes a workshop's documentation on the public page of the Kommune
-- (/zukunftswerkstaetten/{kommuneId}); null = not published (404 to the public).
alter table workshop add column published_at timestamp;
