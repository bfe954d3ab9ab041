// Path and network queries filter ties by type.
CREATE INDEX tie_type IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.type)
