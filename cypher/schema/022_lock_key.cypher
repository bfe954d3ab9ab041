// Writers serialise on Lock nodes ("document:<id>", "dyad:<TYPE|actor|target>"), never deleted,
// so a writer waiting on one never wakes up holding a node another writer removed.
CREATE CONSTRAINT lock_key IF NOT EXISTS FOR (l:Lock) REQUIRE l.key IS UNIQUE
