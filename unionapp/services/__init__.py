"""Use cases. Each takes a Session and an Actor, checks the actor's rights, writes the audit log
and returns plain frozen dataclasses or ids — never live ORM objects."""
