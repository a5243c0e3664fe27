"""Problem Definition Coach."""
