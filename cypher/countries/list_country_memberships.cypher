// params: $code STRING — returns: organization, name, valid_from, valid_to, source
MATCH (:Actor {code: $code})-[r:MEMBER_OF]->(o:Organization)
RETURN o.code AS organization, o.name AS name, r.valid_from AS valid_from,
       r.valid_to AS valid_to, r.source AS source
ORDER BY r.valid_from, o.code
