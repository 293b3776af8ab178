import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardItem, ItemStatus } from '../content/overlay/types';
import type { MessageKey } from '../core/i18n';
import type { FrameCard } from '../core/protocol/panel';
import { SnapshotPreview } from '../ui/SnapshotPreview';
import { t, uiLanguage } from '../ui/t';

const STATUS_MARK: Record<ItemStatus, string> = {
  done: '✓',
  pending: '○',
  'in-progress': '…',
  warning: '!',
  skipped: '–',
  blocked: '✕',
};

/** The status of a checklist item, read out after its label. */
const STATUS_WORDS: Record<ItemStatus, MessageKey> = {
  done: 'itemDone',
  pending: 'itemPending',
  'in-progress': 'itemInProgress',
  warning: 'itemWarning',
  skipped: 'itemSkipped',
  blocked: 'itemBlocked',
};

export interface PanelProps {
  cards: readonly FrameCard[];
  /** The latest announcement; `seq` changes with each one. */
  announcement: { text: string; seq: number };
  /** The widest the panel may be (CSS px), when a card asks: the launcher beside a framed page. */
  maxWidth?: number | undefined;
  /** The panel's natural size (its content, even where the frame is too short to show it all). */
  onSize: (size: { width: number; height: number }) => void;
  onAction: (card: string, index: number) => void;
}

export function Panel({ cards, announcement, maxWidth, onSize, onAction }: PanelProps) {
  const panel = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [collapsed, setCollapsed] = useState(false);
  const focus = useRef<FocusSpot | null>(null);
  const lang = uiLanguage();

  // A card that changes or leaves takes its buttons with it: focus that was on one goes to the
  // nearest thing still there rather than to nowhere.
  useLayoutEffect(() => {
    const spot = focus.current;
    if (!spot || !panel.current || !document.hasFocus()) return;
    const active = document.activeElement;
    if (active && active !== document.body && panel.current.contains(active)) return;
    refocus(panel.current, spot, toggle.current);
  });

  useEffect(() => {
    const outer = panel.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const report = () => {
      const border = outer.offsetHeight - outer.clientHeight;
      onSize({ width: outer.offsetWidth, height: inner.offsetHeight + border });
    };
    const observer = new ResizeObserver(report);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [onSize]);

  return (
    <>
      <section
        ref={panel}
        class={collapsed ? 'panel collapsed' : 'panel'}
        style={maxWidth ? { maxWidth: `${maxWidth}px` } : undefined}
        aria-label={t('overlayLabel')}
        lang={lang}
        onFocusIn={(event) => {
          focus.current = spotOf(event.target as Element);
        }}
        onPointerDown={() => {
          // A click decides focus itself (on the panel's background: none to keep).
          focus.current = null;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setCollapsed(true);
          }
        }}
      >
        <div ref={content}>
          <header class="bar">
            <span class="brand">{t('overlayBrand')}</span>
            <button
              ref={toggle}
              type="button"
              class="icon"
              aria-expanded={!collapsed}
              aria-label={collapsed ? t('overlayExpand') : t('overlayCollapse')}
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? '▸' : '▾'}
            </button>
          </header>
          {!collapsed &&
            cards.map((card) => <Card key={card.id} card={card} onAction={onAction} />)}
        </div>
      </section>
      <div class="live" role="status" aria-live="polite" lang={lang}>
        {announcement.text && <span key={announcement.seq}>{announcement.text}</span>}
      </div>
    </>
  );
}

/** Where focus was: its card, and the button or link by its text. */
interface FocusSpot {
  card: string | null;
  text: string;
}

const spotOf = (element: Element): FocusSpot => ({
  card: element.closest('[data-card]')?.getAttribute('data-card') ?? null,
  text: element.textContent ?? '',
});

function refocus(panel: HTMLElement, spot: FocusSpot, toggle: HTMLElement | null): void {
  const card = spot.card
    ? [...panel.querySelectorAll<HTMLElement>('[data-card]')].find(
        (c) => c.getAttribute('data-card') === spot.card,
      )
    : undefined;
  const controls = card ? [...card.querySelectorAll<HTMLElement>('button, a[href]')] : [];
  const target =
    controls.find((c) => c.textContent === spot.text) ??
    controls[0] ??
    card?.querySelector<HTMLElement>('h2') ??
    toggle;
  target?.focus();
}

function Card({ card, onAction }: { card: FrameCard; onAction: PanelProps['onAction'] }) {
  return (
    <article class={`card ${card.tone}`} data-card={card.id} aria-label={card.title}>
      {/* Focusable from script only: where focus goes when the card's buttons are gone. */}
      <h2 tabIndex={-1}>{card.title}</h2>
      {card.body?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {card.list && card.list.length > 0 && (
        <ul class="list">
          {card.list.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
      {card.items && card.items.length > 0 && (
        <ul class="items">
          {card.items.map((item) => (
            <Item key={item.label} item={item} />
          ))}
        </ul>
      )}
      {card.preview && <SnapshotPreview {...card.preview} />}
      {((card.actions?.length ?? 0) > 0 || (card.links?.length ?? 0) > 0) && (
        <div class="actions">
          {card.actions?.map((action, index) => (
            <button
              key={action.label}
              type="button"
              class={action.primary ? 'primary' : ''}
              onClick={() => onAction(card.id, index)}
            >
              {action.label}
            </button>
          ))}
          {card.links?.map((link) => (
            <a key={link.href} href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
        </div>
      )}
    </article>
  );
}

function Item({ item }: { item: CardItem }) {
  const label = item.href ? (
    <a href={item.href} target="_top">
      {item.label}
    </a>
  ) : (
    item.label
  );
  return (
    <li class={`item ${item.status}`}>
      <span class="mark" aria-hidden="true">
        {STATUS_MARK[item.status]}
      </span>
      <span class="text">
        <span class="label">{label}</span>
        <span class="visually-hidden"> {t('itemStatus', t(STATUS_WORDS[item.status]))}</span>
        {item.detail && <span class="detail">{item.detail}</span>}
      </span>
    </li>
  );
}
