"""Pure domain rules: no database, no Qt (DESIGN §2.2, §3, §5)."""
