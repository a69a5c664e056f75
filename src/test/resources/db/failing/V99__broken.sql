-- A migration that fails half way (H2 commits each DDL statement): the console must go back to its backup.
CREATE TABLE HALF_DONE (ID BIGINT PRIMARY KEY);
INSERT INTO HALF_DONE VALUES (1);
ALTER TABLE NO_SUCH_TABLE ADD COLUMN X INT;
