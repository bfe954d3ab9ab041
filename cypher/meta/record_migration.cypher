// params: $version INTEGER, $name STRING — returns: nothing; marks a schema file as applied
MERGE (m:Migration {version: $version})
ON CREATE SET m.name = $name, m.applied_at = datetime()
