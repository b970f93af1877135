"""Moto in server mode, serving one request at a time.

Moto is not thread-safe: a failing DynamoDB transaction restores a snapshot of the tables it
touched, wiping writes other threads made meanwhile. Serialising requests is exactly what
DynamoDB's per-item atomicity promises anyway, so tests exercise our logic, not the emulator's race.

One change to Moto's DynamoDB, for speed only: to undo a cancelled TransactWriteItems, Moto deep-copies
each table a transaction touches, once per item of the transaction — 100 copies of a 30 000-item table
for one transaction, seconds per call, so a confirmation of 10 000 pairs could not be tested. Here the
transaction keeps a copy of only the items it touches and puts those back when it is cancelled: the
same all-or-nothing outcome (a transaction can change nothing else), in time proportional to its items.

One change to Moto's SES v2, for fidelity: Moto drops the headers of a simple message (SES sends them,
e.g. a newsletter's List-Unsubscribe). Here the stored message keeps them as a list of {Name, Value},
so that tests read what reached SES from /moto-api/data.json (emulator SentEmails).
"""
import copy
import json
import os
import signal
import sys

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table
from moto.server import DomainDispatcherApplication, create_backend_app
from moto.sesv2.responses import SESV2Response
from werkzeug.serving import run_simple


class _TablesUncopied:
    """Stands in for the copy module inside Moto's DynamoDB backend: tables are not copied, the rest is."""

    @staticmethod
    def deepcopy(value, memo=None):
        return value if isinstance(value, Table) else copy.deepcopy(value, memo)


_transact_write_items = DynamoDBBackend.transact_write_items


def _transact_write_items_undoing_touched_items(self, transact_items):
    touched = []
    for entry in transact_items:
        try:
            op_type, op = next(iter(entry.items()))
            table = self.get_table(op["TableName"])
            if op_type == "Put":
                attrs = op["Item"]
                key = {table.hash_key_attr: attrs[table.hash_key_attr]}
                if table.range_key_attr is not None:
                    key[table.range_key_attr] = attrs[table.range_key_attr]
            else:
                key = op["Key"]
            before = self.get_item(op["TableName"], key)
            touched.append((op["TableName"], key, None if before is None else before.to_json()["Attributes"]))
        except Exception:  # a malformed entry: Moto's own code answers it as DynamoDB would
            pass
    dynamodb_models.copy = _TablesUncopied
    try:
        return _transact_write_items(self, transact_items)
    except Exception:
        for table_name, key, attrs in reversed(touched):
            if attrs is None:
                if self.get_item(table_name, key) is not None:
                    self.delete_item(table_name, key)
            else:
                self.put_item(table_name, attrs)
        raise
    finally:
        dynamodb_models.copy = copy


DynamoDBBackend.transact_write_items = _transact_write_items_undoing_touched_items


_send_email = SESV2Response.send_email


def _send_email_keeping_headers(self):
    answer = _send_email(self)
    headers = json.loads(self.body).get("Content", {}).get("Simple", {}).get("Headers", [])
    message_id = json.loads(answer)["MessageId"]
    for message in self.sesv2_backend.core_backend.sent_messages:
        if getattr(message, "id", None) == message_id:
            message.headers = [{"Name": h.get("Name"), "Value": h.get("Value")} for h in headers]
    return answer


SESV2Response.send_email = _send_email_keeping_headers


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, app, threaded=False, processes=1, use_reloader=False)


if __name__ == "__main__":
    main()
