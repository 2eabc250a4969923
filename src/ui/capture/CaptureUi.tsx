// The capture tools beside the Export button, loaded with the first traffic file: the
// "Conversations" button (while a capture is open: reopens its list), the progress of the file
// being read, and the conversations dialog. Default export for React.lazy.
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Conversation } from '../../capture/types';
import type { CaptureStore, ConversationView } from '../../store/captureStore';
import { clip } from '../../export/messages';
import { useT } from '../useT';
import { CaptureProgress } from './CaptureProgress';
import { ConversationsDialog } from './ConversationsDialog';
import './capture.css';

/** Props: the capture store, and what showing a conversation in a view does. */
export interface CaptureUiProps {
  store: CaptureStore;
  onShow: (conv: Conversation, view: ConversationView) => void;
}

/** The Conversations button, the progress panel and the conversations dialog. */
export default function CaptureUi({ store, onShow }: CaptureUiProps) {
  const t = useT();
  const hasCapture = useStore(store, (s) => s.analysis !== null);
  const fileName = useStore(store, (s) => s.fileName) ?? '';
  const listOpen = useStore(store, (s) => s.listOpen);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // The list closed (Close, Escape, or a conversation picked): focus goes back to its button.
  useEffect(() => {
    if (wasOpen.current && !listOpen) button.current?.focus();
    wasOpen.current = listOpen;
  }, [listOpen]);

  return (
    <>
      {hasCapture && (
        <button
          ref={button}
          type="button"
          className="ww-traffic-button"
          aria-haspopup="dialog"
          title={t('capture.buttonHint', { name: clip(fileName, 80) })}
          onClick={() => store.getState().showList()}
        >
          {t('capture.button')}
        </button>
      )}
      <CaptureProgress store={store} />
      {listOpen && hasCapture && (
        <ConversationsDialog
          store={store}
          onShow={(conv, view) => {
            if (store.getState().pick(conv.id, view)) onShow(conv, view);
          }}
          onClose={() => store.getState().hideList()}
        />
      )}
    </>
  );
}
