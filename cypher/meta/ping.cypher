// params: none — returns: ok BOOLEAN; proves the database answers queries
RETURN true AS ok
