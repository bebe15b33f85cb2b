import { describe, expect, it, vi } from 'vitest';
import type { SocketStatus } from '../stores/socket.store';
import { createSocketConnection, type SocketLike } from './socket-client';

type Listener = (...args: unknown[]) => void;

/** Stands in for a socket.io client socket: records listeners and calls, lets the test fire events. */
class FakeSocket {
  connected = false;
  listeners = new Map<string, Listener[]>();
  connect = vi.fn(() => this);
  disconnect = vi.fn(() => {
    const was = this.connected;
    this.connected = false;
    if (was) this.emit('disconnect', 'io client disconnect');
    return this;
  });
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const statuses: SocketStatus[] = [];
  const versions: string[] = [];
  const connection = createSocketConnection(
    { setStatus: (s) => statuses.push(s), setServerVersion: (v) => versions.push(v) },
    () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as SocketLike;
    },
  );
  return { connection, sockets, statuses, versions };
}

describe('createSocketConnection', () => {
  it('reports connecting, then connected, then disconnected', () => {
    const { connection, sockets, statuses } = setup();
    connection.start();
    const socket = sockets[0]!;
    expect(socket.connect).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['connecting']);

    socket.emit('connect');
    expect(statuses.at(-1)).toBe('connected');
    socket.emit('disconnect', 'transport close');
    expect(statuses.at(-1)).toBe('disconnected');
  });

  it('reports a refused handshake as disconnected', () => {
    const { connection, sockets, statuses } = setup();
    connection.start();
    sockets[0]!.emit('connect_error', new Error('unauthorized'));
    expect(statuses).toEqual(['connecting', 'disconnected']);
  });

  it('records the version from server:hello', () => {
    const { connection, sockets, versions } = setup();
    connection.start();
    sockets[0]!.emit('server:hello', { version: '0.4.2' });
    expect(versions).toEqual(['0.4.2']);
  });

  it('uses one socket with one set of listeners across a strict-mode remount', () => {
    const { connection, sockets } = setup();
    const stopFirst = connection.start();
    stopFirst();
    const stopSecond = connection.start();

    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.listeners.get('connect')).toHaveLength(1);
    expect(sockets[0]!.disconnect).toHaveBeenCalledTimes(1);
    expect(sockets[0]!.connect).toHaveBeenCalledTimes(2);

    stopSecond();
    stopSecond(); // a second call is harmless
    expect(sockets[0]!.disconnect).toHaveBeenCalledTimes(2);
  });

  it('stays connected while any user still holds it', () => {
    const { connection, sockets } = setup();
    const stopA = connection.start();
    const stopB = connection.start();
    sockets[0]!.emit('connect');
    stopA();
    expect(sockets[0]!.disconnect).not.toHaveBeenCalled();
    stopB();
    expect(sockets[0]!.disconnect).toHaveBeenCalledTimes(1);
  });

  it('reconnect drops and re-opens the connection', () => {
    const { connection, sockets, statuses } = setup();
    connection.start();
    const socket = sockets[0]!;
    socket.emit('connect');

    connection.reconnect();
    expect(socket.disconnect).toHaveBeenCalledTimes(1);
    expect(socket.connect).toHaveBeenCalledTimes(2);
    expect(statuses.slice(-2)).toEqual(['disconnected', 'connecting']);
  });

  it('reconnect does nothing before start', () => {
    const { connection, sockets } = setup();
    connection.reconnect();
    expect(sockets).toHaveLength(0);
  });

  it('sends activity only while connected, and tells the sink on each connect', () => {
    const onConnected = vi.fn();
    const sockets: FakeSocket[] = [];
    const connection = createSocketConnection(
      { setStatus: () => undefined, setServerVersion: () => undefined, onConnected },
      () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket as unknown as SocketLike;
      },
    );
    connection.start();
    const socket = sockets[0]!;
    const emit = vi.spyOn(socket, 'emit');
    const activities = () => emit.mock.calls.filter(([event]) => event === 'activity').length;

    expect(connection.sendActivity()).toBe(false);
    expect(activities()).toBe(0);
    socket.emit('connect');
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(connection.sendActivity()).toBe(true);
    expect(activities()).toBe(1);
  });
});
