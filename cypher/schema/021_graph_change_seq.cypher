CREATE INDEX graph_change_seq IF NOT EXISTS FOR (c:GraphChange) ON (c.seq)
