import { PanelWindow } from '../common/panel-window';

/** Placeholder until the chat issue lands: the window and its toggle already work. */
export function ChatPanel() {
  return (
    <PanelWindow id="chat" title="Chat" width={420}>
      <div className="dialog-box p-4">
        <p className="pixel-label mb-2 text-gold">Seraph</p>
        <p className="body-text">
          The messenger is still on the road. Chat with your guardian arrives soon.
        </p>
      </div>
    </PanelWindow>
  );
}
