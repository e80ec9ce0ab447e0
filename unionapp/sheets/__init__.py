"""Spreadsheets in and out (DESIGN §5): readers for the sheets clerks really have, header
detection and column matching, the importers, the refused-rows report, templates and exports.

Reads with python-calamine (xlsx, xls, ods) and the csv module; writes with openpyxl. Knows
nothing of Qt: the wizard drives it through plain functions with a progress callback."""
