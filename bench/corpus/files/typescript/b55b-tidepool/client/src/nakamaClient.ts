import { Client, Session, Socket } from "@heroiclabs/nakama-js";

// The server key is shipped in every build of the game: Nakama uses it only to tell game clients apart
// from random traffic on the socket. Real protection is the session token + server-side validation.
const SERVER_KEYS: Record<string, string> = {
  prod: "⟦b55b_nakama_server_key:prod⟧",
  staging: "⟦b55b_nakama_server_key:stg⟧",
  local: "defaultkey",
};

const HOSTS: Record<string, { host: string; port: string; ssl: boolean }> = {
  prod: { host: "nakama.reefwatch.tidepool.games", port: "443", ssl: true },
  staging: { host: "stg.reefwatch.tidepool.games", port: "7350", ssl: true },
  local: { host: "127.0.0.1", port: "7350", ssl: false },
};

const SESSION_STORAGE_KEY = "reefwatch.session";
const REFRESH_STORAGE_KEY = "reefwatch.refresh";

export type Env = keyof typeof HOSTS;

export function createClient(env: Env = (import.meta.env.VITE_REEF_ENV as Env) ?? "prod"): Client {
  const { host, port, ssl } = HOSTS[env];
  return new Client(SERVER_KEYS[env], host, port, ssl, 7000, true);
}

export async function restoreOrAuthenticate(client: Client, deviceId: string): Promise<Session> {
  const token = localStorage.getItem(SESSION_STORAGE_KEY);
  const refresh = localStorage.getItem(REFRESH_STORAGE_KEY);
  if (token && refresh) {
    let session = Session.restore(token, refresh);
    const soon = Date.now() / 1000 + 300;
    if (!session.isexpired(soon)) return session;
    try {
      session = await client.sessionRefresh(session);
      persist(session);
      return session;
    } catch {
      // fall through to a fresh device login
    }
  }
  const session = await client.authenticateDevice(deviceId, true);
  persist(session);
  return session;
}

function persist(session: Session) {
  localStorage.setItem(SESSION_STORAGE_KEY, session.token);
  localStorage.setItem(REFRESH_STORAGE_KEY, session.refresh_token);
}

export async function connectSocket(client: Client, session: Session): Promise<Socket> {
  const socket = client.createSocket(client.useSSL, false);
  await socket.connect(session, true);
  return socket;
}
