"""Curated tables the gazetteer adds to `pycountry` and `countrycode`, written for Entente.

Tables are plain strings parsed at import so that they ship inside the package with no file I/O.
"""
