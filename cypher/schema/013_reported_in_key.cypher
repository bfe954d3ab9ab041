// Re-ingesting a mention is recognised by its key and writes nothing.
CREATE INDEX reported_in_key IF NOT EXISTS FOR ()-[m:REPORTED_IN]-() ON (m.key)
