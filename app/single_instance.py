"""One running DormDesk per data folder: a second start asks the first to raise its window."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import paths


def server_name() -> str:
    digest = hashlib.sha1(str(paths.data_dir()).encode()).hexdigest()[:12]
    return f"dormdesk-{digest}"


class SingleInstance(QObject):
    sig_raise_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.server: QLocalServer | None = None

    def another_is_running(self) -> bool:
        """True (after asking it to show itself) when another instance holds the data folder."""
        socket = QLocalSocket()
        socket.connectToServer(server_name())
        if socket.waitForConnected(300):
            socket.write(b"raise")
            socket.waitForBytesWritten(300)
            socket.disconnectFromServer()
            return True
        QLocalServer.removeServer(server_name())
        self.server = QLocalServer(self)
        self.server.listen(server_name())
        self.server.newConnection.connect(self._on_connection)
        return False

    def _on_connection(self):
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda: (conn.readAll(), self.sig_raise_requested.emit()))
