"""Organizations, requesters, agents, teams, and who may see what."""
