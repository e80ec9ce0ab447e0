"""Modules generated from forms/*.ui by tools/build_forms.py — do not edit."""
