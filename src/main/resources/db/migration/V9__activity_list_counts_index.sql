-- The roster's counts of the list 活动与时长 (ActivityStore: each activity's lines by state, the late ones waiting, the
-- approved hours) are read in one pass over the hours of the days the activities listed were held on (issue 17: a
-- year of 50,000 activities and 1,000,000 hours records). V8's index of the year's hours (date, state, team, activity,
-- person, hours) holds every column of that pass but LATE: with it the pass read each waiting line whole (7-8 s for
-- the year's 70,000 waiting lines of the benchmark's data, against 1.5-2 s without them). This index is V8's with LATE
-- added, so that the pass reads the index alone; it serves every look V8's index served, which it replaces. (The
-- list's order, newest first, H2 reads from V7's index on STARTS_AT.) Written in SQL that both H2 2.x and PostgreSQL
-- run.

CREATE INDEX IX_SERVICE_HOURS_DAYS ON SERVICE_HOURS (SERVED_ON, STATE, TEAM_ID, ACTIVITY_ID, PERSON_ID, HOURS, LATE);
DROP INDEX IX_SERVICE_HOURS_YEAR;
