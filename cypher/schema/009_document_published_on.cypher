CREATE INDEX document_published_on IF NOT EXISTS FOR (d:Document) ON (d.published_on)
