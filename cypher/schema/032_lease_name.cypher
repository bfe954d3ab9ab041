// The follower's lease: one node per name, so two processes cannot both create it.
CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE
