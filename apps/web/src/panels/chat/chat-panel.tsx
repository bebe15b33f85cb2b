import './chat.css';
import { useEffect } from 'react';
import { useChatStore } from '../../stores/chat.store';
import { PanelWindow } from '../common/panel-window';
import { ChatComposer } from './chat-composer';
import { ChatLog } from './chat-log';
import { ChatSessionList } from './chat-session-list';

/** Talk with Seraph: sessions on the left, the conversation and the message box on the right. */
export function ChatPanel() {
  useEffect(() => {
    void useChatStore.getState().loadSessions(true);
  }, []);
  return (
    <PanelWindow id="chat" title="Chat" width={720}>
      <div className="chat-layout">
        <ChatSessionList />
        <div className="flex min-w-0 flex-col gap-3">
          <ChatLog />
          <ChatComposer />
        </div>
      </div>
    </PanelWindow>
  );
}
