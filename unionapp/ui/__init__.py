"""Everything Qt. Nothing outside this package (but __main__ and the GUI branch of cli) imports PySide6."""
