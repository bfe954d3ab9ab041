"""Embeddable HTML views and the analyst's page, drawn in the browser from the JSON API."""
