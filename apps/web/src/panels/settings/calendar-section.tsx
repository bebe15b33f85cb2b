import type { CalendarStatusResponse } from '@seraph/contracts';
import { useEffect, useRef, useState } from 'react';
import { CALENDAR_CONNECT_PATH } from '../../api/calendar-api';
import { useCalendarStore } from '../../stores/calendar.store';
import { formatAgo, useNow } from './time-ago';

const STATUS_LABEL: Record<CalendarStatusResponse['status'], string> = {
  not_configured: 'Not connected',
  ok: 'Connected',
  error: 'Error',
};

const SOURCE_TEXT: Record<CalendarStatusResponse['source'], string> = {
  none: '',
  env: 'Configured by the server’s environment.',
  oauth: 'Connected with your Google account.',
};

const SETUP_HINT =
  'To connect from here, set GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and SECRET_KEY on the server, then restart it.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Google Calendar in Settings: status, last scan, cached events, connect and disconnect. */
export function CalendarSection() {
  const status = useCalendarStore((s) => s.status);
  const problem = useCalendarStore((s) => s.problem);
  useEffect(() => {
    void useCalendarStore.getState().load();
  }, []);

  return (
    <section aria-labelledby="calendar-heading" className="flex flex-col gap-2">
      <h3 id="calendar-heading" className="pixel-label text-gold">
        Calendar
      </h3>
      {status ? (
        <CalendarDetails status={status} />
      ) : problem ? (
        <div className="flex flex-col items-start gap-2">
          <p className="field-error" role="alert">
            Calendar status could not be loaded: {problem}
          </p>
          <button
            type="button"
            className="pixel-button pixel-button--ghost"
            onClick={() => void useCalendarStore.getState().load()}
          >
            Retry
          </button>
        </div>
      ) : (
        <p className="body-text">Checking the calendar…</p>
      )}
    </section>
  );
}

function CalendarDetails({ status }: { status: CalendarStatusResponse }) {
  const now = useNow();
  const connected = status.status === 'ok';
  const showConnect = status.canConnect && (!connected || status.source === 'none');
  const reconnect = status.source === 'oauth' && status.status === 'error';
  return (
    <div className="flex flex-col gap-2">
      <p className="body-text calendar-status" data-status={status.status}>
        <span className="calendar-status__dot" aria-hidden="true" />
        <span data-testid="calendar-status">{STATUS_LABEL[status.status]}</span>
      </p>
      {SOURCE_TEXT[status.source] && <p className="meta-text">{SOURCE_TEXT[status.source]}</p>}
      {status.status === 'error' && (
        <div className="calendar-error" role="alert">
          <p>{status.message || 'The calendar could not be read.'}</p>
          <p className="calendar-error__hint">
            {status.canConnect
              ? 'Reconnect Google Calendar to grant access again.'
              : 'Check the server’s Google settings and its log, then wait for the next scan.'}
          </p>
        </div>
      )}
      {status.status !== 'not_configured' && (
        <p className="meta-text" data-testid="calendar-scan">
          {status.lastScanAt ? `Last scan ${formatAgo(status.lastScanAt, now)}` : 'Not scanned yet'}{' '}
          · {plural(status.eventCount, 'event')} cached
        </p>
      )}
      {!status.canConnect && !connected && <p className="meta-text">{SETUP_HINT}</p>}
      <div className="flex flex-wrap items-center gap-3">
        {showConnect && (
          <a className="pixel-button no-underline" href={CALENDAR_CONNECT_PATH}>
            {reconnect ? 'Reconnect Google Calendar' : 'Connect Google Calendar'}
          </a>
        )}
      </div>
      {status.source === 'oauth' && <DisconnectControl />}
    </div>
  );
}

/** "Disconnect", then an in-panel confirmation (no browser dialog). */
function DisconnectControl() {
  const [confirming, setConfirming] = useState(false);
  const disconnecting = useCalendarStore((s) => s.disconnecting);
  const keepRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div>
        <button
          ref={startRef}
          type="button"
          className="pixel-button pixel-button--ghost"
          onClick={() => setConfirming(true)}
        >
          Disconnect
        </button>
      </div>
    );
  }
  return (
    <div className="calendar-confirm" role="group" aria-labelledby="calendar-confirm-text">
      <p id="calendar-confirm-text" className="body-text">
        Disconnect Google Calendar? Seraph will stop reading your events until you connect again.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          ref={keepRef}
          type="button"
          className="pixel-button pixel-button--ghost"
          onClick={() => setConfirming(false)}
        >
          Keep connected
        </button>
        <button
          type="button"
          className="pixel-button pixel-button--danger"
          disabled={disconnecting}
          onClick={async () => {
            await useCalendarStore.getState().disconnect();
            setConfirming(false);
          }}
        >
          {disconnecting ? 'Disconnecting…' : 'Yes, disconnect'}
        </button>
      </div>
    </div>
  );
}
