// Writers that touch the same (type, actor, target) serialise on its DyadLock node.
CREATE CONSTRAINT dyad_lock_key IF NOT EXISTS FOR (l:DyadLock) REQUIRE l.key IS UNIQUE
