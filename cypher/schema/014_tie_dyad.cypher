CREATE INDEX tie_dyad IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.dyad)
