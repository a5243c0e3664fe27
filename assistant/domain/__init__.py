"""Pure domain: stages and slots, the plan, the feasibility verdict, session state. No I/O here."""
