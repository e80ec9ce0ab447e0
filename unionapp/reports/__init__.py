"""Figures and reports (DESIGN §6): read-only counts over the records, no Qt."""
