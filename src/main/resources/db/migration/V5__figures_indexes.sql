-- Indexes that hold every column the dashboard's and the annual summary's counts read, so that the database counts
-- from the index instead of reading each row whole (measured on 100,000 people and 82,000 service records, the
-- rows encrypted on disk):
-- * the people of each unit by political status and gender, with their volunteer numbers
--   (SummaryStore.peopleByUnit): 0.2 s instead of 0.9 s;
-- * the community service of a year by member, with the hours (SummaryStore.partyByBranch, the summary's member
--   lines): 0.45 s instead of 1-2 s. It starts with the date, so it also serves every look by date the old
--   index on the date alone served.
-- Written in SQL that both H2 2.x and PostgreSQL run.

CREATE INDEX IX_PERSON_FIGURES ON PERSON (UNIT_ID, POLITICAL_STATUS, GENDER, VOLUNTEER_NO);
CREATE INDEX IX_COMMUNITY_SERVICE_YEAR ON COMMUNITY_SERVICE (SERVED_ON, MEMBER_ID, HOURS);
DROP INDEX IX_COMMUNITY_SERVICE_DATE;
