// params: none — returns: actor, organization STRING, valid_from DATE, valid_to DATE? of every
//   membership derived from ALLIANCE events (source 'events'; datasets' own are not derived)
MATCH (a:Actor)-[r:MEMBER_OF {source: 'events'}]->(o:Actor)
RETURN a.code AS actor, o.code AS organization, r.valid_from AS valid_from, r.valid_to AS valid_to
