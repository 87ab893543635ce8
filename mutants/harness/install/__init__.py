"""Environment and target installs: install steps, requirements, venvs, the installer's output."""
