-- An index that holds every column the dashboard's and the annual summary's volunteer figures read from the year's
-- service hours (VolunteerWorkStore: the year's approved hours by team, with their activities, volunteers and
-- hours), so that the database counts them from the index instead of reading each encrypted row whole; the same
-- reasoning as V5's indexes. It starts with the date and the state, so it also serves every look the index on
-- (SERVED_ON, STATE) served, which it replaces. Written in SQL that both H2 2.x and PostgreSQL run.

CREATE INDEX IX_SERVICE_HOURS_YEAR ON SERVICE_HOURS (SERVED_ON, STATE, TEAM_ID, ACTIVITY_ID, PERSON_ID, HOURS);
DROP INDEX IX_SERVICE_HOURS_SERVED;
