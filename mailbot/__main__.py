"""`python -m mailbot` is the `mailbot` command."""
from mailbot.cli import main

# Guarded: multiprocessing's forkserver imports the main module, which must not run the CLI again.
if __name__ == "__main__":
    main()
