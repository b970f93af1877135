"""Moto in server mode, serving one request at a time.

Moto is not thread-safe: a failing DynamoDB transaction restores a snapshot of the tables it
touched, wiping writes other threads made meanwhile. Serialising requests is exactly what
DynamoDB's per-item atomicity promises anyway, so tests exercise our logic, not the emulator's race.
"""
import os
import signal
import sys

from moto.server import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, app, threaded=False, processes=1, use_reloader=False)


if __name__ == "__main__":
    main()
