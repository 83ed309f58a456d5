"""``python -m natodata`` and the ``natodata`` command."""

from ._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
