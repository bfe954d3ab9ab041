// Articles added by URL are found again by it: the same URL answers with the stored document.
CREATE INDEX document_url IF NOT EXISTS FOR (d:Document) ON (d.url)
