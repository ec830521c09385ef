/**
 * A connected pair of TCP sockets on the loopback interface, given to `git cat-file` as its stdout in
 * place of the socketpair Node makes for a child's pipes. The point is the buffer: a socketpair holds
 * about 200 KiB (net.core.wmem_default), so git stops writing as soon as the main thread is busy with one
 * big version, and the two took turns (on the rails-shaped history git was blocked writing a third of
 * its time, and the main thread waited on git a quarter of its own). A TCP socket's send buffer grows by
 * itself up to net.ipv4.tcp_wmem's maximum (4 MiB by default): with that much buffered, the same scan
 * took 7.4 to 8.0 s instead of 8.3 to 9.7. Node can set neither buffer size itself.
 *
 * Only loopback, and only our own connection: the listening socket takes connections until it sees the
 * one made here (matched by its port), turns away any other, and closes. Nothing leaves the machine.
 */
import { type Socket } from 'node:net';
/** `theirs` goes to git as its stdout; `ours` is read (paused until then). */
export interface LoopbackPair {
    theirs: Socket;
    ours: Socket;
}
/** The pair, or undefined when loopback TCP is unavailable or slow to connect (the caller uses a pipe). */
export declare function loopbackPair(timeoutMs?: number): Promise<LoopbackPair | undefined>;
