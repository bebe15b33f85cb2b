import { useSocketStore } from '../stores/socket.store';

/** The version the api announced in `server:hello`; nothing until it has. */
export function ServerVersion() {
  const version = useSocketStore((state) => state.serverVersion);
  if (!version) return null;
  return (
    <span
      className="hud-version"
      data-testid="hud-version"
      aria-label={`Server version ${version}`}
    >
      v{version}
    </span>
  );
}
