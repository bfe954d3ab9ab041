// params: none — returns: documents, events, ties, countries INTEGER (from the count store)
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH ()-[t:TIE]->() RETURN count(t) AS ties }
CALL () { MATCH (c:Country) RETURN count(c) AS countries }
RETURN documents, events, ties, countries
