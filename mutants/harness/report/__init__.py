"""Reports of a run: the table in the terminal, Markdown, JSON, JUnit XML and HTML."""
