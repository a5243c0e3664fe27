"""The coaching engine: sessions, the interview flow, commands. Channels call only `Coach`."""
