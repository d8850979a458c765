"""One running DormDesk per data folder: a second start asks the first to raise its window.

A lock file in the data folder says whether another instance runs (QtCore only, so the check costs
nothing before the first dialog shows); the local server that receives "raise" listens from
`listen()`, called once the first dialog is on screen."""
from __future__ import annotations

from PySide6.QtCore import QLockFile, QObject, Signal

from app import paths


def server_name() -> str:
    import hashlib
    digest = hashlib.sha1(str(paths.data_dir()).encode()).hexdigest()[:12]
    return f"dormdesk-{digest}"


class SingleInstance(QObject):
    sig_raise_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.server = None
        self.lock: QLockFile | None = None

    def another_is_running(self, *, listen: bool = True) -> bool:
        """True (after asking it to show itself) when another instance holds the data folder.
        Otherwise this instance takes the folder; with listen=False call `listen()` later."""
        lock = QLockFile(str(paths.data_dir() / "dormdesk.lock"))
        lock.setStaleLockTime(0)  # a crashed instance's lock is stale once its process is gone
        if not lock.tryLock(0):
            self._ask_to_raise()
            return True
        self.lock = lock
        if listen:
            self.listen()
        return False

    def _ask_to_raise(self) -> None:
        from PySide6.QtNetwork import QLocalSocket
        socket = QLocalSocket()
        socket.connectToServer(server_name())
        if socket.waitForConnected(300):
            socket.write(b"raise")
            socket.waitForBytesWritten(300)
            socket.disconnectFromServer()

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer
        QLocalServer.removeServer(server_name())
        self.server = QLocalServer(self)
        self.server.listen(server_name())
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self):
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda: (conn.readAll(), self.sig_raise_requested.emit()))
