// The one counter alerts are numbered from (MERGE under a constraint: never two).
CREATE CONSTRAINT alert_counter_id IF NOT EXISTS FOR (n:AlertCounter) REQUIRE n.id IS UNIQUE
