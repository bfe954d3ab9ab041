// params: $hashes LIST<STRING> — returns: sha256, id of the documents already stored
UNWIND $hashes AS sha
MATCH (d:Document {sha256: sha})
RETURN sha AS sha256, d.id AS id
