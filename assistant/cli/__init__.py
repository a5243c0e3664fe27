"""The `coach` command line (typer + rich): a thin channel over the `Coach` API."""
