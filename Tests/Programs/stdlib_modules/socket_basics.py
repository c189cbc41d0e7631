# _socket and socket.py: constants as enums, byte order, address text, a socketpair and a
# loopback TCP connection, timeouts, and the error types.
import socket

print(socket.AF_INET, repr(socket.AF_INET), int(socket.SOCK_STREAM), socket.SOCK_DGRAM.name)
print(issubclass(socket.herror, OSError), issubclass(socket.gaierror, OSError))
print(socket.error is OSError, socket.timeout is TimeoutError, socket.herror.__module__)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for bad in (-1, 65536):
    try:
        socket.htons(bad)
    except OverflowError as e:
        print("OverflowError", e)
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
try:
    socket.inet_aton("not an address")
except OSError as e:
    print("OSError", e)
print(isinstance(socket.gethostname(), str))
print(socket.getdefaulttimeout())

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.gettimeout(), a.getblocking())
a.sendall(b"hello over a pair")
print(b.recv(100))
b.send(b"back")
buf = bytearray(10)
print(a.recv_into(buf), bytes(buf))
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, isinstance(e, socket.timeout))
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
a.close()
print(b.recv(10))
b.close()
print(a.fileno(), repr(a)[:30])

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print(host, port > 0)
client = socket.create_connection((host, port), timeout=5)
conn, address = server.accept()
print(address[0], conn.getpeername() == client.getsockname())
client.sendall(b"ping")
print(conn.recv(4))
conn.sendall(b"pong")
print(client.recv(4))
with client, conn, server:
    f = client.makefile("rb")
    conn.sendall(b"line one\nline two\n")
    conn.shutdown(socket.SHUT_WR)
    print(f.readline(), f.read())
    f.close()
print(client.fileno(), conn.fileno())
try:
    s = socket.socket()
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)
finally:
    s.close()
